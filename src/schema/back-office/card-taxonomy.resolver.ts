import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { requireUpstream } from '../../upstreams';
import type { GatewayContext } from '../context';
import type { TaxonomyKind } from '../../upstreams/shingsou/back-office';
import { PageArgs } from '../relay/page.args';
import { CardTaxonConnection } from './card-taxon-connection.type';
import { relayPage } from '../relay/paged';

/** Card types (类目), categories (分类) and tags (标签), for pickers and filters (`shingsou.md` §5.4). */
@Resolver()
export class CardTaxonomyResolver {
  @Authorized('iot.cardservice.flowcard.types')
  @Query(() => CardTaxonConnection, { nullable: true, description: 'Card types (类目)' })
  cardTypes(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: GatewayContext): Promise<CardTaxonConnection> {
    return taxonomy(args, ctx, 'types');
  }

  @Authorized('iot.cardservice.flowcard.categories')
  @Query(() => CardTaxonConnection, { nullable: true, description: 'Card categories (分类)' })
  cardCategories(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: GatewayContext): Promise<CardTaxonConnection> {
    return taxonomy(args, ctx, 'categories');
  }

  @Authorized('iot.cardservice.flowcard.tags')
  @Query(() => CardTaxonConnection, { nullable: true, description: 'Card tags (标签)' })
  cardTags(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: GatewayContext): Promise<CardTaxonConnection> {
    return taxonomy(args, ctx, 'tags');
  }
}

function taxonomy(args: PageArgs, ctx: GatewayContext, kind: TaxonomyKind): Promise<CardTaxonConnection> {
  return relayPage(args, kind, (page) => requireUpstream(ctx.upstreams, 'shingsou').backOffice.taxonomy(kind, page), (taxon) => taxon);
}
