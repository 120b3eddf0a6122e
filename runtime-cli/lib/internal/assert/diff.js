'use strict';
// The "+ actual - expected" line diff Node shows for failed strictEqual
// and deepStrictEqual, built from the two values' multi-line inspection.
//
// The diff is positional (line i against line i), like Node v20's: equal
// lines around a change are kept as context (up to two before, collapsed
// to "..." beyond five), diverging lines are grouped as "+" lines then
// "-" lines, and output stops after about 50 printed lines.

const { inspect } = require('internal/util/inspect');

const kMaxShortLength = 12;

const readableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Every value in an assertion message is shown the same way: expanded one
// property per line, sorted keys, getters evaluated, no custom inspectors.
const inspectOptions = {
  compact: false,
  customInspect: false,
  depth: 1000,
  maxArrayLength: Infinity,
  showHidden: false,
  showProxy: false,
  sorted: true,
  getters: true,
};

function inspectValue(value) {
  return inspect(value, inspectOptions);
}

// Long inspections keep their first 46 lines.
function truncateLines(lines) {
  if (lines.length > 50) {
    lines.length = 46;
    lines.push('...');
  }
  return lines;
}

function isObjectLike(v) {
  return typeof v === 'object' && v !== null;
}

// Context lines before a diverging line: up to two equal lines are shown,
// three or more are shown with the line before them, and more than five
// are collapsed into "...". Returns [text, printedCount, skipped].
function contextBefore(lines, i, identical) {
  if (identical <= 2) return ['', 0, false];
  let text = '';
  let printed = 0;
  let skipped = false;
  if (identical > 3) {
    if (identical > 4) {
      if (identical === 5) {
        text += `\n  ${lines[i - 3]}`;
        printed++;
      } else {
        text += '\n...';
        skipped = true;
      }
    }
    text += `\n  ${lines[i - 2]}`;
    printed++;
  }
  text += `\n  ${lines[i - 1]}`;
  printed++;
  return [text, printed, skipped];
}

// `message`, when given, replaces the operator's header line.
function createErrDiff(actual, expected, operator, message) {
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');

  if (operator === 'strictEqual' &&
      ((isObjectLike(actual) && isObjectLike(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  const heading = message || readableOperator[operator];
  let indicator = '';
  // Equal trailing lines dropped below may keep up to three as context;
  // `i` counts them, pre-seeded so the caret case keeps none.
  let i = 0;
  if (actualLines.length === 1 && expectedLines.length === 1 &&
      actualLines[0] !== expectedLines[0]) {
    const a = actualLines[0];
    const e = expectedLines[0];
    const inputLength = a.length + e.length;
    if (inputLength <= kMaxShortLength) {
      // Short primitives read best side by side (except 0 vs -0).
      if (!isObjectLike(actual) && !isObjectLike(expected) &&
          (actual !== 0 || expected !== 0)) {
        return `${heading}\n\n${a} !== ${e}\n`;
      }
    } else if (operator !== 'strictEqualObject') {
      const maxLength = process.stderr && process.stderr.isTTY ? process.stderr.columns : 80;
      if (inputLength < maxLength) {
        while (a[i] === e[i]) i++;
        // A caret under the first difference, unless it is at the start.
        if (i > 2) {
          indicator = `\n  ${' '.repeat(i)}^`;
          i = 0;
        }
      }
    }
  }

  // Drop the common tail, keeping up to three lines of it as context.
  let end = '';
  let lastDropped = '';
  let a = actualLines[actualLines.length - 1];
  let b = expectedLines[expectedLines.length - 1];
  while (a === b) {
    if (i++ < 3) end = `\n  ${a}${end}`;
    else lastDropped = a;
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    a = actualLines[actualLines.length - 1];
    b = expectedLines[expectedLines.length - 1];
  }

  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    // Equal inspections (e.g. distinct symbols, or different prototypes).
    const lines = truncateLines(actualInspected.split('\n'));
    return `${readableOperator.notIdentical}\n\n${lines.join('\n')}\n`;
  }

  let skipped = false;
  if (i >= 5) {
    end = `\n...${end}`;
    skipped = true;
  }
  if (lastDropped !== '') end = `\n  ${lastDropped}${end}`;

  const header = `${heading}\n+ actual - expected`;
  const skippedMsg = ' ... Lines skipped';

  // When one side runs out, the longer side's extra lines are all additions
  // (actual) or removals (expected).
  let longer = actualLines;
  let sign = '+';
  let shorterLength = expectedLines.length;
  if (actualLines.length < maxLines) {
    longer = expectedLines;
    sign = '-';
    shorterLength = actualLines.length;
  }

  let res = '';
  // Removed ("-") lines waiting to be printed after the current "+" run.
  let pendingMinus = '';
  let printedLines = 0;
  let identical = 0;
  for (i = 0; i < maxLines; i++) {
    if (i >= shorterLength) {
      const [ctx, n, skip] = contextBefore(longer, i, identical);
      res += ctx;
      printedLines += n;
      if (skip) skipped = true;
      identical = 0;
      if (longer === actualLines) res += `\n${sign} ${longer[i]}`;
      else pendingMinus += `\n${sign} ${longer[i]}`;
      printedLines++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      // A line that differs only by a trailing comma is not a change.
      let diverging = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (diverging && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        diverging = false;
        actualLine += ',';
      }
      if (diverging) {
        const [ctx, n, skip] = contextBefore(actualLines, i, identical);
        res += ctx;
        printedLines += n;
        if (skip) skipped = true;
        identical = 0;
        res += `\n+ ${actualLine}`;
        pendingMinus += `\n- ${expectedLine}`;
        printedLines += 2;
      } else {
        res += pendingMinus;
        pendingMinus = '';
        identical++;
        if (identical <= 2) {
          res += `\n  ${actualLine}`;
          printedLines++;
        }
      }
    }
    if (printedLines > 50 && i < maxLines - 2) {
      return `${header}${skippedMsg}\n${res}\n...${pendingMinus}\n...`;
    }
  }
  return `${header}${skipped ? skippedMsg : ''}\n${res}${pendingMinus}${end}${indicator}`;
}

module.exports = {
  createErrDiff,
  inspectValue,
  readableOperator,
  truncateLines,
};
