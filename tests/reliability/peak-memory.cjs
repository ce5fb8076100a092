// Preloaded into the command under test (node --require): at exit it writes the process's peak resident memory
// (kilobytes) to $TIZIM_PEAK_FILE, so the suite can check the ceiling the issue sets.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  if (process.env.TIZIM_PEAK_FILE) writeFileSync(process.env.TIZIM_PEAK_FILE, String(process.resourceUsage().maxRSS));
});
