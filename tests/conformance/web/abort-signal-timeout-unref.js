// The process exits at once: the pending timeout signal is unref'd.
const s = AbortSignal.timeout(60000);
s.onabort = () => console.log('should not be printed');
process.on('exit', () => console.log('exit', s.aborted));
