// Piped stdout (how tests run) is not a TTY: no isTTY, columns or color methods.
console.log(process.stdout.isTTY, process.stdout.columns);
console.log(typeof process.stdout.getColorDepth, typeof process.stdout.hasColors);
