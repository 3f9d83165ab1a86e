/** The --help text. Kept next to args.ts: every option parsed there is listed here. */
export const HELP = `Usage:
  cable-lint [options] <files | folders | globs | ->   lint cables (.cable, .tel)
  cable-lint parse [--format json] <files>            print each cable's metadata as JSON
  cable-lint rules [--format json]                    list the rules
  cable-lint refs <files|folders>                     print the citation graph as JSON: [{ id, file, cites }]

Inputs:
  folders are searched recursively for *.cable and *.tel; globs (*, **, ?) are expanded by
  cable-lint (quote them); - reads standard input.

Options:
  -f, --format <text|json|sarif>  output format (default text: file:line:col: severity: message [rule])
  --fix                           apply the safe fixes and rewrite the files, then report what is left
  --fix-dry-run                   print the changes --fix would make as a unified diff (exit 1 if any)
  -c, --config <file>             use this configuration file instead of looking for .cablelintrc.json
  --no-config                     ignore .cablelintrc.json files
  --rule <rule>=<severity|off>    set a rule's severity (error, warning, info, hint, off); repeatable
  --rule-option <rule>.<option>=<json>
                                  set a rule option, e.g. --rule-option 'tags.extraCodes=["XYZW"]'
  --stdin-filename <name>         name shown for standard input (and where its configuration is found)
  --date <YYYY-MM-DD>             date a draft without a DTG is judged against (default: today, UTC);
                                  for parse, the year of the id of a cable without a DTG
  --max-size <size>               skip files larger than this (default 10MB; e.g. 512KB, 20MB)
  --no-progress                   no [n/N] progress line on the terminal
  --debug                         show stack traces of internal errors
  -h, --help                      show this help
  -v, --version                   show the version

Configuration: .cablelintrc.json files, found from each cable's folder upwards (the nearest wins
rule by rule; "root": true stops the search):
  { "rules": { "tags": "warning", "CBL015": "off", "dtg": { "severity": "error", "options": { } } } }

Exit status: 0 no errors, 1 errors found, 2 bad usage, bad configuration, or a file that could
not be read or written (the other files are still linted).
`;
