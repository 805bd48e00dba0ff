/** A valid article's frontmatter for content checks: each test breaks one thing in it. */

/** The frontmatter's fields, without the `---` lines: every required field, and a source URL. */
export const VALID_FRONTMATTER = `title: "KT, LG Uplus join hands"
date: '2017-03-15'
language: en
summary: "LG Uplus bought a stake in Genie Music."
source:
  name: The Korea Herald
  url: https://www.koreaherald.com/view.php?ud=20170315000000
companies: [kt, lg-uplus]`;

/** An `investments` list of one, to append to the frontmatter: a won amount with its dollar figure and stake. */
export const INVESTMENT_YAML = `
investments:
  - investor: lg-uplus
    target: genie-music
    amount: 26700000000
    currency: KRW
    usd: 23000000
    stake: 15
    kind: equity`;
