import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

/**
 * Preloaded into a measured server (`node -r`) by `bench/profile.ts`: a V8 CPU profile of the
 * measured window only (not start-up or warm-up), started and stopped by SIGUSR2 and written to
 * `PROFILE_OUT` (open it in Chrome DevTools or read it with `bench/profile.ts`'s summary).
 * `node --cpu-prof` cannot do this: it profiles from start to exit, and `NODE_OPTIONS` refuses it.
 */
const session = new Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.setSamplingInterval', { interval: 100 });
let running = false;
process.on('SIGUSR2', () => {
  if (!running) {
    session.post('Profiler.start');
    running = true;
    return;
  }
  running = false;
  session.post('Profiler.stop', (error, result) => {
    if (!error && process.env['PROFILE_OUT']) writeFileSync(process.env['PROFILE_OUT'], JSON.stringify(result.profile));
  });
});
