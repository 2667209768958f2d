/** Text a user must never see: a stack trace, or a Node / library message in English. */
export const UNFRIENDLY =
  /\n\s+at |\bat [\w.<>]+ \(|Error:|ENOENT|EISDIR|EACCES|EPERM|ENOTDIR|Cannot read|Cannot find|undefined|TypeError|RangeError|is not valid JSON|Unexpected token|Maximum call stack|end of central directory|Corrupted zip|protected/;
