// A failing priority call throws SystemError [ERR_SYSTEM_ERROR] with info.
const os = require('os');
for (const f of [() => os.getPriority(2147483647), () => os.setPriority(2147483647, 0)]) {
  try {
    f();
  } catch (e) {
    console.log(e.name, e.code, e instanceof Error);
    console.log(e.message);
    console.log(e.info);
    console.log(e.errno, e.syscall);
    console.log(String(e));
  }
}
