'use strict';
// util.parseArgs: command-line parsing as documented for Node v20. Arguments
// first become tokens (option / positional / option-terminator); strict-mode
// checks and storing values then walk the tokens in order.

const {
  codes, validateString, validateBoolean, validateArray, validateObject,
} = require('internal/util/extra_errors');

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

// An option's config field, ignoring inherited properties.
function optionField(options, name, field) {
  if (!hasOwn(options, name)) return undefined;
  const config = options[name];
  return hasOwn(config, field) ? config[field] : undefined;
}

function longNameFor(short, options) {
  for (const name of Object.keys(options)) {
    if (optionField(options, name, 'short') === short) return name;
  }
  return short;
}

function defaultArgs() {
  const execArgv = process.execArgv || [];
  const evaluating = execArgv.some((a) => a === '-e' || a === '--eval' || a === '-p' ||
    a === '--print');
  return process.argv.slice(evaluating ? 1 : 2);
}

function validateOptions(options) {
  for (const name of Object.keys(options)) {
    const config = options[name];
    const at = `options.${name}`;
    validateObject(config, at);
    const type = hasOwn(config, 'type') ? config.type : undefined;
    if (type !== 'string' && type !== 'boolean') {
      throw new codes.ERR_INVALID_ARG_TYPE(`${at}.type`, "('string|boolean')", type);
    }
    if (hasOwn(config, 'short')) {
      const short = config.short;
      validateString(short, `${at}.short`);
      if (short.length !== 1) {
        throw new codes.ERR_INVALID_ARG_VALUE(`${at}.short`, short, 'must be a single character');
      }
    }
    const multiple = hasOwn(config, 'multiple') ? config.multiple : undefined;
    if (multiple !== undefined) validateBoolean(multiple, `${at}.multiple`);
    if (hasOwn(config, 'default')) {
      const value = config.default;
      const check = type === 'string' ? validateString : validateBoolean;
      if (multiple) {
        validateArray(value, `${at}.default`);
        for (let i = 0; i < value.length; i++) check(value[i], `${at}.default[${i}]`);
      } else {
        check(value, `${at}.default`);
      }
    }
  }
}

function toTokens(args, options) {
  const tokens = [];
  const n = args.length;
  for (let index = 0; index < n; index++) {
    const arg = args[index];
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (let j = index + 1; j < n; j++) tokens.push({ kind: 'positional', index: j, value: args[j] });
      break;
    }
    if (arg.length < 2 || arg[0] !== '-') {
      tokens.push({ kind: 'positional', index, value: arg });
      continue;
    }
    if (arg[1] !== '-') {
      // Short: "-f", "-fVALUE" (f takes a string) or a group "-abc".
      const first = longNameFor(arg[1], options);
      if (arg.length === 2) {
        let value;
        let inlineValue;
        const at = index;
        // The next argument is the value, whatever it looks like.
        if (optionField(options, first, 'type') === 'string' && index + 1 < n) {
          value = args[++index];
          inlineValue = false;
        }
        tokens.push({ kind: 'option', name: first, rawName: arg, index: at, value, inlineValue });
        continue;
      }
      for (let i = 1; i < arg.length; i++) {
        const name = longNameFor(arg[i], options);
        const rawName = `-${arg[i]}`;
        if (optionField(options, name, 'type') === 'string' && i < arg.length - 1) {
          tokens.push({ kind: 'option', name, rawName, index, value: arg.slice(i + 1), inlineValue: true });
          break;
        }
        let value;
        let inlineValue;
        // A string option ending a group takes the next argument.
        if (i === arg.length - 1 && optionField(options, name, 'type') === 'string' &&
            index + 1 < n) {
          value = args[index + 1];
          inlineValue = false;
        }
        tokens.push({ kind: 'option', name, rawName, index, value, inlineValue });
        if (value !== undefined) index++;
      }
      continue;
    }
    const eq = arg.indexOf('=', 3);
    if (eq !== -1) {
      const name = arg.slice(2, eq);
      tokens.push({ kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(eq + 1), inlineValue: true });
      continue;
    }
    const name = arg.slice(2);
    let value;
    let inlineValue;
    const at = index;
    if (optionField(options, name, 'type') === 'string' && index + 1 < n) {
      value = args[++index];
      inlineValue = false;
    }
    tokens.push({ kind: 'option', name, rawName: arg, index: at, value, inlineValue });
  }
  return tokens;
}

function checkOption(token, options, allowPositionals) {
  const { name } = token;
  if (!hasOwn(options, name)) {
    throw new codes.ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, allowPositionals);
  }
  const short = optionField(options, name, 'short');
  const shortAndLong = short ? `-${short}, --${name}` : `--${name}`;
  const type = optionField(options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
  // "--file -x" probably forgot the file: make the user say "--file=-x".
  const v = token.value;
  if (!token.inlineValue && v != null && v.length > 1 && v[0] === '-') {
    const example = token.rawName.startsWith('--')
      ? `'--${name}=-XYZ'`
      : `'--${name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw new codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`);
  }
}

function store(values, options, name, value) {
  if (name === '__proto__') return;
  const newValue = value === undefined ? true : value;
  if (optionField(options, name, 'multiple')) {
    if (values[name] === undefined) values[name] = [newValue];
    else values[name].push(newValue);
  } else {
    values[name] = newValue;
  }
}

function parseArgs(config = {}) {
  const args = config.args !== undefined ? config.args : defaultArgs();
  const strict = config.strict !== undefined ? config.strict : true;
  const allowPositionals = config.allowPositionals !== undefined ? config.allowPositionals : !strict;
  const returnTokens = config.tokens !== undefined ? config.tokens : false;
  // Node accepts `options: null` as "no options".
  const options = config.options != null ? config.options : {};

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateObject(options, 'options');
  validateOptions(options);

  const result = { values: { __proto__: null }, positionals: [] };
  const tokens = toTokens(args, options);
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) checkOption(token, options, allowPositionals);
      store(result.values, options, token.name, token.value);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new codes.ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }
  for (const name of Object.keys(options)) {
    const def = optionField(options, name, 'default');
    if (def !== undefined && result.values[name] === undefined) result.values[name] = def;
  }
  if (returnTokens) result.tokens = tokens;
  return result;
}

module.exports = { parseArgs };
