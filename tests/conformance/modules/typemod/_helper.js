export default 'helper (also ESM via package type)';
