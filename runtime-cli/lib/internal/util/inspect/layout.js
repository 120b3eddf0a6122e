'use strict';

// Layout: combining entry strings into one line, several lines, or
// an aligned table of short array items.

const {
  kArrayExtrasType, removeColors,
} = require('internal/util/inspect/options');
const { getStringWidth } = require('internal/util/inspect/strings');

// Lay out many short array entries as an aligned table. The column count
// aims for a roughly square block (characters are ~2.5x taller than wide),
// biased toward more columns for short entries, and is capped by the
// available width, by `compact * 4` and by 15.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  // Leave a trailing "... more items" entry out of the table.
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2; // ", "
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // Need room for at least three columns, and skip very uneven entries.
  if (actualMax * 3 + ctx.indentationLvl >= ctx.breakLength ||
      !(totalLength / actualMax > 5 || maxLength <= 6)) {
    return output;
  }
  const averageBias = Math.sqrt(actualMax - totalLength / output.length);
  const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
  const columns = Math.min(
    Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
    Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
    ctx.compact * 4,
    15,
  );
  if (columns <= 1) return output;

  const columnWidth = [];
  for (let c = 0; c < columns; c++) {
    let width = 0;
    for (let j = c; j < output.length; j += columns) {
      if (dataLen[j] > width) width = dataLen[j];
    }
    columnWidth.push(width + separatorSpace);
  }
  // Numbers are right-aligned; anything else is left-aligned.
  let padStart = true;
  if (value !== undefined) {
    for (let i = 0; i < output.length; i++) {
      const t = typeof value[i];
      if (t !== 'number' && t !== 'bigint') {
        padStart = false;
        break;
      }
    }
  }
  const rows = [];
  for (let i = 0; i < outputLength; i += columns) {
    const end = Math.min(i + columns, outputLength);
    let line = '';
    let j = i;
    for (; j < end - 1; j++) {
      // Invisible color codes must not count toward the padding.
      const width = columnWidth[j - i] + output[j].length - dataLen[j];
      const cell = `${output[j]}, `;
      line += padStart ? cell.padStart(width, ' ') : cell.padEnd(width, ' ');
    }
    if (padStart) {
      const width = columnWidth[j - i] + output[j].length - dataLen[j] - separatorSpace;
      line += output[j].padStart(width, ' ');
    } else {
      line += output[j];
    }
    rows.push(line);
  }
  if (ctx.maxArrayLength < output.length) rows.push(output[outputLength]);
  return rows;
}

function isBelowBreakLength(ctx, output, start, base) {
  // Each entry adds at least a separator character.
  const breakLength = ctx.breakLength;
  const colors = ctx.colors;
  const len = output.length;
  let totalLength = len + start;
  if (totalLength + len > breakLength) return false;
  for (let i = 0; i < len; i++) {
    totalLength += colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > breakLength) return false;
  }
  // A multi-line base (e.g. an error stack) never fits on one line.
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // Combine up to `compact` innermost levels on one line, unless the
      // entries were grouped into a table above.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.length === 1 ? output[0] : output.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  // compact === true: everything hugs the braces.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ?
    ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

module.exports = { reduceToSingleString };
