// worker_threads from the main thread: identity facts and exports.
const wt = require('worker_threads');
console.log(Object.keys(wt));
console.log(wt.isMainThread, wt.threadId, wt.parentPort, wt.workerData, wt.resourceLimits);
console.log(wt.SHARE_ENV, wt.SHARE_ENV === Symbol.for('nodejs.worker_threads.SHARE_ENV'));
console.log(typeof wt.Worker, typeof wt.MessageChannel, typeof wt.BroadcastChannel);
console.log(wt.markAsUntransferable({}), wt.getEnvironmentData('missing'));
wt.setEnvironmentData('k', 'v');
console.log(wt.getEnvironmentData('k'));
wt.setEnvironmentData('k', undefined);
console.log(wt.getEnvironmentData('k'));
try { new wt.MessagePort(); } catch (e) { console.log(e.name, e.code, e.message); }
