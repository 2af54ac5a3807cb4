import type { CheckIssue, SolidityIssue } from '@buildwright/core';

/** A compiler or linter finding as a check issue: `contracts/Token.sol:12:5: ParserError: Expected ';'`. */
export function toCheckIssue(issue: SolidityIssue): CheckIssue {
  return {
    ...(issue.file === undefined ? {} : { file: issue.file }),
    ...(issue.line === undefined ? {} : { line: issue.line }),
    ...(issue.column === undefined ? {} : { column: issue.column }),
    message: issue.rule ? `${issue.rule}: ${issue.message}` : issue.message,
  };
}
