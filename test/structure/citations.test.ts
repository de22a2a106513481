import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';

/**
 * Comments say why and cite the contract (`cmiot.md` §3.3): every such citation in src/, test/
 * and bench/ must resolve to a section heading of a document in docs/, so a reader who picks the
 * project up can follow it without access to anything outside the repository.
 */

const ROOT = path.resolve(__dirname, '../..');
const DOCS = path.join(ROOT, 'docs');

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name === '.build' || name === 'fixtures') continue;
    if (statSync(full).isDirectory()) files(full, out);
    else if (name.endsWith('.ts')) out.push(full);
  }
  return out;
}

/**
 * `cmiot.md` → the sections a citation may name: the numbers its headings carry (`## 3.`,
 * `### 3.3`), and the numbered points of a list inside a section (`§8.8` is point 8 of `## 8.`;
 * STYLE.md's unnumbered section of points makes its "5." plain `§5`).
 */
function sectionsOf(doc: string): Set<string> {
  const sections = new Set<string>();
  let heading: string | undefined;
  for (const line of readFileSync(doc, 'utf8').split('\n')) {
    const numbered = /^#{1,6}\s+(\d+(?:\.\d+)*)\.?\s/.exec(line);
    if (numbered?.[1]) {
      sections.add(numbered[1]);
      heading = numbered[1];
      continue;
    }
    if (/^#{1,6}\s/.test(line)) heading = undefined;
    const point = /^(\d+)\.\s/.exec(line);
    if (point?.[1]) sections.add(heading === undefined ? point[1] : `${heading}.${point[1]}`);
  }
  return sections;
}

const DOCUMENTS = new Map<string, Set<string>>(
  [...readdirSync(path.join(DOCS, 'upstreams')).map((name) => path.join(DOCS, 'upstreams', name)), path.join(DOCS, 'ARCHITECTURE.md'), path.join(DOCS, 'STYLE.md')].map(
    (file) => [path.basename(file), sectionsOf(file)],
  ),
);

const CITATION = /\b(cmiot|shingsou|card-status|ARCHITECTURE|STYLE)\.md`?,?\s*(?:§\s*(\d+(?:\.\d+)*))?/g;

describe('citations', () => {
  const sources = ['src', 'test', 'bench'].flatMap((dir) => files(path.join(ROOT, dir)));
  const citations = sources.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(CITATION)].map((m) => ({ where: path.relative(ROOT, file), doc: `${m[1]}.md`, section: m[2] })),
  );

  it('finds the citations it checks', () => {
    expect(citations.length).toBeGreaterThan(300);
  });

  it('every cited document is in docs/ and every cited section is one of its headings', () => {
    const broken = citations
      .filter(({ doc, section }) => {
        const sections = DOCUMENTS.get(doc);
        if (!sections) return true;
        return section !== undefined && !sections.has(section);
      })
      .map(({ where, doc, section }) => `${where}: ${doc} §${section ?? ''}`);
    expect([...new Set(broken)]).toEqual([]);
  });
});
