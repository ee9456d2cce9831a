// How social-insurance-catalogue.txt is read: page layouts, merged blocks, ids and hand notes.
// Everything here is a reviewable claim about the source, with its line numbers; extract-catalogue.js
// asserts each claim against the file before using it. Lines are 1-based (`sed -n Np`), tab fields
// are 0-based positions in code and 1-based ("tab field N", as `cut -f N`) in prose.

export const TICK_NAMES = ['全社会', '特定群众', '主动', '依申请公开', '县级', '乡、村级'];

export const COLUMN_LABELS = {
  group: '一级事项',
  name: '二级事项',
  content: '公开内容（要素）',
  basis: '公开依据',
  deadline: '公开时限',
  subject: '公开主体',
  channels: '公开渠道和载体',
  ticks: '√ ticks (公开对象, 公开方式, 公开层级)',
};

const NORMAL_COLUMNS = { group: 1, name: 2, content: 3, basis: 4, deadline: 5, subject: 6, channels: 7 };
const NORMAL_TICKS = [8, 9, 10, 11, 12, 13];
const SAME_AS_UNSHIFTED = 'read by their order among the six tick columns as 全社会, 主动, 县级, 乡、村级, the same reading as every unshifted row';

/**
 * One entry per extracted page (pages are separated by blank lines). `fieldCount` is asserted for
 * every non-blank line of the page; tab fields outside `columns` and `ticks` must be blank.
 */
export const LAYOUTS = [
  { name: 'page 1', lines: [7, 9], fieldCount: 15, columns: NORMAL_COLUMNS, ticks: NORMAL_TICKS },
  {
    name: 'page 2 (extra tick column)',
    lines: [11, 17],
    fieldCount: 16,
    columns: NORMAL_COLUMNS,
    // Tab field 14 (0-based 13) is the extra, always empty column.
    ticks: [8, 9, 10, 11, 12, 14],
    shiftNote: `Shifted page: lines 11–17 have 16 tab fields, one more than the header (line 5), with an extra empty column among the tick columns; this row's √ stand in tab fields 9, 11, 13 and 15 and are ${SAME_AS_UNSHIFTED}. The text columns are not shifted (公开渠道和载体 is still tab field 8, line 16).`,
  },
  { name: 'page 3', lines: [19, 24], fieldCount: 14, columns: NORMAL_COLUMNS, ticks: NORMAL_TICKS },
  { name: 'page 4', lines: [26, 31], fieldCount: 15, columns: NORMAL_COLUMNS, ticks: NORMAL_TICKS },
  { name: 'page 5', lines: [33, 36], fieldCount: 14, columns: NORMAL_COLUMNS, ticks: NORMAL_TICKS },
  {
    name: 'page 6 (no 一级事项 column)',
    lines: [38, 42],
    fieldCount: 13,
    columns: { name: 1, content: 2, basis: 3, deadline: 4, subject: 5, channels: 6 },
    ticks: [7, 8, 9, 10, 11, 12],
    shiftNote: `Shifted page: lines 38–42 have 13 tab fields and no 一级事项 column, so every later column sits one field to the left (二级事项 in tab field 2, 公开内容 in 3, 公开依据 in 4, 公开时限 in 5, 公开主体 in 6); this row's √ stand in tab fields 8, 10, 12 and 13 and are ${SAME_AS_UNSHIFTED}.`,
  },
  { name: 'page 7', lines: [44, 45], fieldCount: 14, columns: NORMAL_COLUMNS, ticks: NORMAL_TICKS },
  {
    name: 'page 8 (extra tick column)',
    lines: [47, 54],
    fieldCount: 15,
    columns: NORMAL_COLUMNS,
    // Tab field 13 (0-based 12) is the extra, always empty column.
    ticks: [8, 9, 10, 11, 13, 14],
    shiftNote: `Shifted page: lines 47–54 have an extra empty column among the tick columns; this row's √ stand in tab fields 9, 11, 14 and 15 (unshifted rows: 9, 11, 13 and 14) and are ${SAME_AS_UNSHIFTED}.`,
  },
  { name: 'page 9', lines: [56, 60], fieldCount: 14, columns: NORMAL_COLUMNS, ticks: NORMAL_TICKS },
  { name: 'page 10', lines: [62, 67], fieldCount: 14, columns: NORMAL_COLUMNS, ticks: NORMAL_TICKS },
  { name: 'page 11', lines: [69, 73], fieldCount: 14, columns: NORMAL_COLUMNS, ticks: NORMAL_TICKS },
];

/** Text on a continuation line that is not part of the cell it sits in. */
export const DROPPED_FRAGMENTS = [{ line: 26, column: 'basis', text: '暂行条例》' }];

/**
 * Merged blocks, per column, for the rows whose cell is blank. `printedOn` is the one row of the
 * block that prints the value (asserted: no other row of the block prints one). `between` is used
 * where the block's extent cannot be read: the value is taken only if the nearest printed values
 * above and below are identical (asserted), so the unknown extent cannot change it.
 */
const NEXT_GROUP = 'the next printed value opens the next 一级事项';
export const BLOCKS = {
  group: [
    { items: [1, 7], printedOn: 1 },
    { items: [8, 12], printedOn: 8 },
    {
      items: [13, 17],
      printedOn: 13,
      why: 'every 一级事项 in this extraction stands on the first row of its block, so items 14–17 belong to 社会保险缴费申报 and not to 社会保险费缴纳 printed on item 18',
    },
    { items: [19, 20], printedOn: 19 },
    {
      items: [21, 34],
      printedOn: 21,
      why: `items 25–29 stand on the page without a 一级事项 column (lines 38–42) and items 30–34 print none; ${NEXT_GROUP} (item 35, line 56)`,
    },
    { items: [35, 41], printedOn: 35 },
    { items: [42, 47], printedOn: 42, why: 'the block crosses the page break at line 68' },
    { items: [48, 50], printedOn: 48 },
  ],
  basis: blocksForBasisAndDeadline(),
  deadline: blocksForBasisAndDeadline(),
  subject: [
    { items: [10, 12], printedOn: 10 },
    { items: [16, 18], between: [15, 19] },
    { items: [19, 20], printedOn: 19 },
    { items: [22, 22], between: [21, 23] },
    {
      items: [25, 29],
      printedOn: 27,
      why: 'the value stands on the middle row of the five rows between the page break (line 37) and item 30, which prints its own value (line 44), as a vertically centred merged cell does',
    },
    { items: [36, 41], printedOn: 36, why: `item 35 prints its own value (line 56); ${NEXT_GROUP} (item 42, line 64)` },
    { items: [42, 47], printedOn: 42, why: 'the block crosses the page break at line 68' },
    { items: [48, 50], printedOn: 48 },
  ],
  channels: [
    { items: [1, 7], printedOn: 1 },
    { items: [10, 12], between: [9, 13], why: 'items 8 and 9 print their own value and items 10–12 stand on the next page' },
    { items: [13, 17], printedOn: 13 },
    { items: [19, 20], printedOn: 19 },
    { items: [21, 34], printedOn: 21 },
    { items: [35, 41], printedOn: 35 },
    { items: [42, 47], printedOn: 42 },
    { items: [48, 50], printedOn: 48 },
  ],
  ticks: [
    { items: [1, 3], printedOn: 3 },
    { items: [16, 16], between: [15, 17] },
    { items: [18, 18], between: [17, 19] },
  ],
};

function blocksForBasisAndDeadline() {
  return [
    {
      items: [1, 3],
      printedOn: 3,
      why: "item 4 prints its own value (line 12) and nothing above item 1 is printed, so items 1–2 can only belong to item 3's block",
    },
    { items: [10, 12], printedOn: 10 },
    { items: [16, 18], between: [15, 19] },
    { items: [19, 20], printedOn: 19 },
    { items: [22, 22], between: [21, 23] },
    {
      items: [25, 29],
      printedOn: 27,
      why: 'the value stands on the middle row of the five rows between the page break (line 37) and item 30, which prints its own value (line 44), as a vertically centred merged cell does',
    },
    { items: [36, 41], printedOn: 36, why: `item 35 prints its own value (line 56); ${NEXT_GROUP} (item 42, line 64)` },
    { items: [42, 47], printedOn: 42, why: 'the block crosses the page break at line 68' },
    { items: [48, 50], printedOn: 48 },
  ];
}

// Each hand note has a kind, used for the table of interpretations in docs/data.md.
const note = (kind) => (text) => ({ kind, text });
const printedAsIs = note('kept as printed');
const uncertain = note('uncertain reading');
const joined = note('join');

const labourRegulation = (lines) =>
  printedAsIs(
    `公开依据: 《劳动保障条例》 (${lines}) kept as printed; the source is not consistent here (item 27, line 40, prints 《劳动保险条例》 in the same place), so one of the two titles is probably a misprint or an abbreviation.`,
  );
const ITEM_27_BASIS = printedAsIs(
  '公开依据: 《信息公开条例》 (line 40) kept as printed; it is evidently an abbreviation of 《政府信息公开条例》, which every other row prints. 《劳动保险条例》 kept as printed; items 21–24 and 32 print 《劳动保障条例》 in the same place.',
);
const ALTERNATIVE_25_26 = uncertain(
  "Uncertain reading: if this row instead continued item 24's merged block across the page break at line 37, its 公开依据 would be item 24's 《政府信息公开条例》、《社会保险法》、《劳动保障条例》 (line 36); the position of line 40 in the middle of rows 25–29 favours the block 25–29.",
);
const ITEMS_1_2_BASIS = uncertain(
  "Uncertain reading: the only 公开依据 that can cover this row is item 3's, which ends with 《国务院关于机关事业单位工作人员养老保险制度改革的决定》 (lines 9 and 11); kept because the source offers no other value, but the merged block should be confirmed against the PDF.",
);
const singleBullet = (line) =>
  printedAsIs(
    `公开内容（要素）: printed as a single ● bullet whose parts are separated by 、 (line ${line}; elsewhere every element has its own ●); kept as one element, as printed, rather than split at 、.`,
  );

/** Interpretations the script cannot derive: misprints, abbreviations, alternatives. */
export const HAND_NOTES = {
  1: [ITEMS_1_2_BASIS],
  2: [ITEMS_1_2_BASIS],
  15: [
    note('dropped fragment')(
      '公开依据: line 26, where this row continues after the page break at line 25, also holds the fragment “暂行条例》”; it repeats the end of the title already complete on line 24 and is not appended (appending would print 暂行条例》 twice).',
    ),
  ],
  21: [labourRegulation('line 33')],
  22: [labourRegulation('inherited, printed on lines 33 and 35')],
  23: [labourRegulation('line 35')],
  24: [labourRegulation('line 36')],
  25: [ITEM_27_BASIS, ALTERNATIVE_25_26],
  26: [
    ITEM_27_BASIS,
    ALTERNATIVE_25_26,
    joined(
      '公开内容（要素）: the spaces around “APP” (line 39) may be printed Latin-word spacing rather than artefacts; removed like every other space in the table (the wording is unchanged).',
    ),
  ],
  27: [ITEM_27_BASIS],
  28: [ITEM_27_BASIS],
  29: [ITEM_27_BASIS],
  32: [labourRegulation('line 48')],
  34: [
    printedAsIs(
      '公开依据: the inner title of 《人力资源社会保障部财政部关于印发<城乡养老保险制度衔接暂行办法>的通知》 (line 54) is printed with ASCII angle brackets < >; kept as printed.',
    ),
  ],
  35: [singleBullet(56)],
  36: [singleBullet(57)],
  37: [singleBullet(58)],
  38: [singleBullet(59)],
  39: [singleBullet(60)],
  40: [singleBullet(62)],
  41: [singleBullet(63)],
};

/**
 * Stable ids: English kebab-case slugs of each 二级事项's meaning, assigned once by hand. They are
 * not derived from the wording, so editing a name never changes an id; a new item gets a new slug.
 */
export const IDS = {
  1: 'enterprise-registration',
  2: 'public-sector-employee-enrolment',
  3: 'public-sector-employer-registration',
  4: 'construction-project-injury-enrolment',
  5: 'employer-deregistration',
  6: 'enterprise-employee-enrolment',
  7: 'resident-pension-enrolment',
  8: 'employer-info-change',
  9: 'personal-info-change',
  10: 'pension-payment-account',
  11: 'injury-benefit-payment-account',
  12: 'unemployment-benefit-payment-account',
  13: 'enterprise-contribution-declaration',
  14: 'public-sector-contribution-declaration',
  15: 'enterprise-back-payment',
  16: 'enterprise-contribution-refund',
  17: 'public-sector-back-payment',
  18: 'contribution-payment',
  19: 'employer-enrolment-certificate',
  20: 'personal-rights-record',
  21: 'enterprise-pension-account-lump-sum-retiree-death',
  22: 'enterprise-pension-lump-sum-in-service',
  23: 'enterprise-retiree-funeral-survivor-grant',
  24: 'enterprise-retiree-dependant-hardship-allowance',
  25: 'public-sector-pension-account-lump-sum',
  26: 'pension-eligibility-certification',
  27: 'benefit-suspension',
  28: 'benefit-resumption',
  29: 'pension-termination',
  30: 'public-sector-pension-award',
  31: 'enterprise-pension-award',
  32: 'resident-pension-award',
  33: 'resident-pension-deregistration-lump-sum',
  34: 'resident-pension-application',
  35: 'injury-medical-rehabilitation-benefit',
  36: 'injury-medical-benefit-elsewhere',
  37: 'disability-benefit',
  38: 'work-death-benefit',
  39: 'injury-assistive-device-cost',
  40: 'injury-referral-transfer',
  41: 'injury-benefit-change',
  42: 'unemployment-benefit',
  43: 'unemployment-lump-sum-death',
  44: 'unemployment-lump-sum-childbirth',
  45: 'unemployment-skills-subsidy',
  46: 'job-retention-subsidy',
  47: 'unemployed-medical-insurance-contribution',
  48: 'social-security-card-application',
  49: 'social-security-card-replacement',
  50: 'social-security-card-pin-reset',
};

export const CATALOGUE = {
  id: 'social-insurance',
  title: '社会保险领域基层政务公开标准目录',
  domain: '社会保险',
  version: '1.0.0',
  source:
    "“(十) 社会保险领域基层政务公开标准目录”, one city's edition (its items name 济宁市 services), read from the text extracted from its PDF table (social-insurance-catalogue.txt, tab-separated).",
  notes: [
    'Line numbers in the notes are 1-based lines of social-insurance-catalogue.txt (`sed -n Np`); tab fields are counted from 1, as by `cut -f N`. The reading is reproduced by scripts/extract-catalogue.js; docs/data.md explains the method.',
    'Merged cells came out blank. Each blank cell takes the value of the merged block it belongs to, decided block by block (scripts/extract-catalogue.reading.js lists the blocks); every item note says which block and which source line.',
    'Wrapped cell text is joined and all spaces are removed: the table is Chinese and its spaces are line wraps or PDF artefacts (e.g. “人力资源 社会保障 部门”). Each such change is noted on the item where the text is printed.',
    'content has one entry per ● bullet and channels one entry per ■ bullet; the <ul><li> markup of some cells is dropped.',
    'basis has one entry per top-level 《》 title, without its 《》; titles are kept as printed, including abbreviations and probable misprints (noted per item).',
    'deadline.workingDays and deadline.from are read from deadline.text (公开事项〈from〉起〈n〉个工作日内公开); deadline.text keeps the printed wording.',
    'Ticks: audience.public = 全社会, audience.specific = 特定群众, method.proactive = 主动, method.onRequest = 依申请公开, levels.county = 县级, levels.township = 乡、村级. Three pages have shifted columns (lines 11–17, 38–42, 47–54); their √ are read by their order among the six tick columns (see the item notes).',
    'Municipal specifics stay as printed, as part of the standard this edition sets: item 13 names 济宁市社会保险事业中心官方网站 and item 26 the 济宁人社通 APP.',
    'Half-width and full-width parentheses are kept as extracted: items 35, 36 and 39 use ( ), items 8, 21, 22, 40, 43, 44 and 48 use （）.',
  ],
};
