'use strict';

// Errors: stack text, class-name fixes, cause frame folding, and
// dimming of core/node_modules/cwd frames when colored.

const { hooks } = require('internal/util/inspect/options');
const {
  errorToStringFn, isArray,
} = require('internal/util/inspect/intrinsics');
const { isError } = require('internal/util/inspect/brands');
const { getPrefix } = require('internal/util/inspect/names');

function getStackString(err) {
  return err.stack ? String(err.stack) : errorToStringFn.call(err);
}

// Drop name/message/stack keys when the printed stack already shows them.
function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (!ctx.showHidden && keys.length !== 0) {
    for (const name of ['name', 'message', 'stack']) {
      const index = keys.indexOf(name);
      if (index !== -1 && stack.includes(err[name])) keys.splice(index, 1);
    }
  }
}

// Make the first stack line mention the real class (e.g. subclasses or
// null-prototype errors) when the stack looks like a regular error stack.
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') && stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

// Longest run (> 3) of frames in `a` that also appears in `b`.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function getStackFrames(ctx, err, stack) {
  const frames = stack.split('\n');
  let cause;
  try {
    cause = err.cause;
  } catch {
    // ignore throwing getters
  }
  // Collapse frames shared with the cause's stack.
  if (cause != null && typeof cause === 'object' && isError(cause)) {
    const causeStack = getStackString(cause);
    const causeStart = causeStack.indexOf('\n    at');
    if (causeStart !== -1) {
      const causeFrames = causeStack.slice(causeStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

const coreModuleRe = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
const nodeModulesRe = /[/\\]node_modules[/\\](.+?)(?=[/\\])/g;

function markNodeModules(ctx, line) {
  let result = '';
  let pos = 0;
  let m;
  nodeModulesRe.lastIndex = 0;
  while ((m = nodeModulesRe.exec(line)) !== null) {
    result += line.slice(pos, m.index + 14); // '/node_modules/'.length
    result += ctx.stylize(m[1], 'module');
    pos = m.index + m[0].length;
  }
  return pos === 0 ? line : result + line.slice(pos);
}

function pathToFileHref(path) {
  return `file://${encodeURI(path).replace(/[?#]/g, encodeURIComponent)}`;
}

// Dim the working-directory part of a frame (and its closing paren).
function markCwd(ctx, line, cwd) {
  let cwdStart = line.indexOf(cwd);
  let cwdLength = cwd.length;
  if (cwdStart === -1) return line;
  if (line.slice(cwdStart - 7, cwdStart) === 'file://') {
    cwdLength += 7;
    cwdStart -= 7;
  }
  const start = line[cwdStart - 1] === '(' ? cwdStart - 1 : cwdStart;
  const end = start !== cwdStart && line.endsWith(')') ? -1 : line.length;
  const cwdEnd = cwdStart + cwdLength + 1;
  let res = line.slice(0, start);
  res += ctx.stylize(line.slice(start, cwdEnd), 'undefined');
  res += line.slice(cwdEnd, end);
  if (end === -1) res += ctx.stylize(')', 'undefined');
  return res;
}

function isCoreFrame(line) {
  const m = coreModuleRe.exec(line);
  if (m === null) return false;
  return hooks.isBuiltinModule === undefined || !!hooks.isBuiltinModule(m[1]);
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack = getStackString(err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);
  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  // AggregateError members.
  if (isArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) keys.push('errors');
  stack = improveStack(stack, constructor, name, tag);

  // Look for frames only after the message, which may itself contain "at".
  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    let newStack = stack.slice(0, stackStart);
    const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    if (ctx.colors) {
      let cwd;
      try {
        cwd = hooks.cwd !== undefined ? hooks.cwd() : undefined;
      } catch {
        cwd = undefined;
      }
      for (let line of lines) {
        if (isCoreFrame(line)) {
          newStack += `\n${ctx.stylize(line, 'undefined')}`;
        } else {
          line = markNodeModules(ctx, line);
          if (cwd !== undefined) {
            let marked = markCwd(ctx, line, cwd);
            if (marked === line) marked = markCwd(ctx, line, pathToFileHref(cwd));
            line = marked;
          }
          newStack += `\n${line}`;
        }
      }
    } else {
      newStack += `\n${lines.join('\n')}`;
    }
    stack = newStack;
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.replace(/\n/g, `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

module.exports = { formatError };
