/**
 * The words of validation messages in each interface language. A validator records a message as
 * a key and parameters (`{ key: 'expected', params: { expected: 'text', got: … } }`); the English
 * text is kept on every error (`message`, for logs, events and the CLI's `--lang en`), and a
 * component shows the text in its own language through {@link formatValidationError}. JSON paths
 * (`items[3].name`) and quoted data values stay as written in every language.
 */

import { registerValidationFormatter } from './validation-format.js';

/** What a field should have been, named in messages ("expected a non-empty string"). */
export type ExpectedKey =
  | 'object'
  | 'catalogueObject'
  | 'itemObject'
  | 'overlayObject'
  | 'changeObject'
  | 'guideObject'
  | 'text'
  | 'boolean'
  | 'positiveInteger'
  | 'slug'
  | 'stringArray'
  | 'itemArray'
  | 'array'
  | 'link'
  | 'materialArray'
  | 'faqArray'
  | 'disclosureArray'
  | 'itemRef'
  | 'synonymObject'
  | 'synonymArray'
  | 'phoneNumber'
  | 'phoneArray';

/** A value as messages describe it ("got an array of length 3"), in any language. */
export type Described =
  | { type: 'null' | 'emptyArray' | 'object' | 'unreadable' }
  | { type: 'array'; length: number }
  | { type: 'literal'; text: string }
  | { type: 'other'; name: string };

/** A parameter: literal text (paths, quoted values, key lists), a count, a described value or an expectation. */
export type MessageParam = string | number | { got: Described } | { expected: ExpectedKey };

export type MessageKey = keyof ValidationMessageStrings['messages'];

/** One locale's words. Templates use `{name}`; `{count:one|other}` picks a word by the number (English). */
export interface ValidationMessageStrings {
  /** Between the path and the message (`items[0].name: missing`). */
  separator: string;
  /** The name of the root, which has no path of its own. */
  root: string;
  /** Sets data values (quoted strings, paths) apart from the words with spaces, as Chinese text does with Latin. */
  spaceValues: boolean;
  messages: {
    missing: string;
    expected: string;
    expectedOrNull: string;
    minEntries: string;
    duplicateValue: string;
    duplicateGroup: string;
    duplicateElement: string;
    notAGroup: string;
    expectedOneOf: string;
    expectedAnyOf: string;
    unreadable: string;
    notValid: string;
    moreNotListed: string;
    idNotAmendable: string;
    wrongBase: string;
    alreadyGroup: string;
    alreadyChanged: string;
    noItem: string;
    tooDeep: string;
    cycle: string;
  };
  expected: Record<ExpectedKey, string>;
  described: { null: string; emptyArray: string; array: string; object: string; other: string; unreadable: string };
}

const en: ValidationMessageStrings = {
  separator: ': ',
  root: '(root)',
  spaceValues: false,
  messages: {
    missing: 'missing',
    expected: 'expected {expected}, got {got}',
    expectedOrNull: 'expected {expected} or null, got {got}',
    minEntries: 'expected at least {count} {count:entry|entries}, got {got}',
    duplicateValue: 'duplicate {field} {value}, also used by {other}',
    duplicateGroup: 'duplicate group {value}, also at {other}',
    duplicateElement: 'duplicate element {value}, also at {other}',
    notAGroup: "{value} is not one of the catalogue's groups",
    expectedOneOf: 'expected one of {list}, got {got}',
    expectedAnyOf: 'expected at least one of {list}',
    unreadable: 'could not be read ({name})',
    notValid: 'not valid',
    moreNotListed: '{count} more problems not listed',
    idNotAmendable: 'ids cannot be amended; hide the item and add a new one instead',
    wrongBase: 'this overlay is for catalogue {value}, not {base}',
    alreadyGroup: '{value} is already a group of the catalogue',
    alreadyChanged: 'item {value} is already changed by {other}',
    noItem: 'no item with id {value}',
    tooDeep: 'nested deeper than {max} levels',
    cycle: 'contains itself (a cycle)',
  },
  expected: {
    object: 'an object',
    catalogueObject: 'a catalogue object',
    itemObject: 'an item object',
    overlayObject: 'an overlay object',
    changeObject: 'an item change object',
    guideObject: 'a service guide object',
    text: 'a non-empty string',
    boolean: 'true or false',
    positiveInteger: 'a positive integer',
    slug: 'a URL-safe id (lowercase letters and digits, words joined by single hyphens)',
    stringArray: 'an array of strings',
    itemArray: 'an array of items',
    array: 'an array',
    link: 'an http(s) or relative URL',
    materialArray: 'an array of materials',
    faqArray: 'an array of question/answer pairs',
    disclosureArray: 'an array of disclosures',
    itemRef: "a catalogue item's seq (a positive integer) or id",
    synonymObject: 'a synonym object { terms, means }',
    synonymArray: 'an array of { terms, means } objects',
    phoneNumber: 'a phone number (digits in groups separated by single spaces or hyphens, e.g. 0000-0000000)',
    phoneArray: 'an array of { number, label } phone entries',
  },
  described: {
    null: 'null',
    emptyArray: 'an empty array',
    array: 'an array of length {length}',
    object: 'an object',
    other: 'a {name}',
    unreadable: 'an unreadable value',
  },
};

const zhCN: ValidationMessageStrings = {
  separator: '：',
  root: '（根）',
  spaceValues: true,
  messages: {
    missing: '缺少此项',
    expected: '应为{expected}，实际为{got}',
    expectedOrNull: '应为{expected}或 null，实际为{got}',
    minEntries: '应至少有 {count} 项，实际为{got}',
    duplicateValue: '{field} {value} 重复，已用于 {other}',
    duplicateGroup: '一级事项 {value} 重复，已在 {other}',
    duplicateElement: '公开要素 {value} 重复，已在 {other}',
    notAGroup: '{value} 不是目录的一级事项（groups）之一',
    expectedOneOf: '应为 {list} 之一，实际为{got}',
    expectedAnyOf: '应至少包含 {list} 中的一项',
    unreadable: '无法读取（{name}）',
    notValid: '数据无效',
    moreNotListed: '另有 {count} 处问题未列出',
    idNotAmendable: 'id 不能修改；请隐藏该事项并新增一项',
    wrongBase: '此叠加数据适用于目录 {value}，而不是 {base}',
    alreadyGroup: '{value} 已是目录的一级事项',
    alreadyChanged: '事项 {value} 已由 {other} 修改',
    noItem: '没有 id 为 {value} 的事项',
    tooDeep: '嵌套超过 {max} 层',
    cycle: '包含自身（循环引用）',
  },
  expected: {
    object: '对象',
    catalogueObject: '目录对象',
    itemObject: '事项对象',
    overlayObject: '叠加数据对象',
    changeObject: '事项修改对象',
    guideObject: '服务指南对象',
    text: '非空字符串',
    boolean: ' true 或 false ',
    positiveInteger: '正整数',
    slug: '网址安全的 id（小写字母和数字，单词间用单个连字符连接）',
    stringArray: '字符串数组',
    itemArray: '事项数组',
    array: '数组',
    link: ' http(s) 网址或相对网址',
    materialArray: '材料数组',
    faqArray: '问答数组',
    disclosureArray: '公开要素数组',
    itemRef: '目录事项的序号（正整数）或 id',
    synonymObject: '同义词对象 { terms, means }',
    synonymArray: '由 { terms, means } 对象组成的数组',
    phoneNumber: '电话号码（数字，分段处用单个空格或连字符，如 0000-0000000）',
    phoneArray: '由 { number, label } 电话对象组成的数组',
  },
  described: {
    null: ' null',
    emptyArray: '空数组',
    array: '长度为 {length} 的数组',
    object: '对象',
    other: ' {name} 类型的值',
    unreadable: '无法读取的值',
  },
};

const zhTW: ValidationMessageStrings = {
  separator: '：',
  root: '（根）',
  spaceValues: true,
  messages: {
    missing: '缺少此項',
    expected: '應為{expected}，實際為{got}',
    expectedOrNull: '應為{expected}或 null，實際為{got}',
    minEntries: '應至少有 {count} 項，實際為{got}',
    duplicateValue: '{field} {value} 重複，已用於 {other}',
    duplicateGroup: '一級事項 {value} 重複，已在 {other}',
    duplicateElement: '公開要素 {value} 重複，已在 {other}',
    notAGroup: '{value} 不是目錄的一級事項（groups）之一',
    expectedOneOf: '應為 {list} 之一，實際為{got}',
    expectedAnyOf: '應至少包含 {list} 中的一項',
    unreadable: '無法讀取（{name}）',
    notValid: '資料無效',
    moreNotListed: '另有 {count} 處問題未列出',
    idNotAmendable: 'id 不能修改；請隱藏該事項並新增一項',
    wrongBase: '此疊加資料適用於目錄 {value}，而不是 {base}',
    alreadyGroup: '{value} 已是目錄的一級事項',
    alreadyChanged: '事項 {value} 已由 {other} 修改',
    noItem: '沒有 id 為 {value} 的事項',
    tooDeep: '巢狀超過 {max} 層',
    cycle: '包含自身（循環參照）',
  },
  expected: {
    object: '物件',
    catalogueObject: '目錄物件',
    itemObject: '事項物件',
    overlayObject: '疊加資料物件',
    changeObject: '事項修改物件',
    guideObject: '服務指南物件',
    text: '非空字串',
    boolean: ' true 或 false ',
    positiveInteger: '正整數',
    slug: '網址安全的 id（小寫字母和數字，單詞間以單一連字號連接）',
    stringArray: '字串陣列',
    itemArray: '事項陣列',
    array: '陣列',
    link: ' http(s) 網址或相對網址',
    materialArray: '材料陣列',
    faqArray: '問答陣列',
    disclosureArray: '公開要素陣列',
    itemRef: '目錄事項的序號（正整數）或 id',
    synonymObject: '同義詞物件 { terms, means }',
    synonymArray: '由 { terms, means } 物件組成的陣列',
    phoneNumber: '電話號碼（數字，分段處以單一空格或連字號，如 0000-0000000）',
    phoneArray: '由 { number, label } 電話物件組成的陣列',
  },
  described: {
    null: ' null',
    emptyArray: '空陣列',
    array: '長度為 {length} 的陣列',
    object: '物件',
    other: ' {name} 型別的值',
    unreadable: '無法讀取的值',
  },
};

/** The validation words by interface language (the keys of the components' translations). */
export const validationMessages: { readonly [locale: string]: ValidationMessageStrings | undefined } & {
  readonly 'zh-CN': ValidationMessageStrings;
  readonly en: ValidationMessageStrings;
} = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

const PLACEHOLDER = /\{(\w+)(?::([^{}|]*)\|([^{}]*))?\}/g;

/** Fills `{name}` and `{name:one|other}`; numbers as plain digits (counts and indexes, never grouped). */
function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(PLACEHOLDER, (whole, name: string, one?: string, other?: string) => {
    if (!Object.prototype.hasOwnProperty.call(values, name)) return whole;
    const value = values[name]!;
    return other === undefined ? String(value) : value === 1 ? one! : other;
  });
}

/** A described value in one locale's words (English by default). */
function describedText(value: Described, words: ValidationMessageStrings = en): string {
  switch (value.type) {
    case 'literal':
      return value.text;
    case 'array':
      return fill(words.described.array, { length: value.length });
    case 'other':
      return fill(words.described.other, { name: value.name });
    default:
      return words.described[value.type];
  }
}

/** One message in one locale's words. */
export function formatMessage(key: MessageKey, params: Readonly<Record<string, MessageParam>>, words: ValidationMessageStrings = en): string {
  // Data values (quoted strings, paths) are held out while the words are tidied, so they stay exact.
  const literals: string[] = [];
  const pad = words.spaceValues ? ' ' : '';
  const hold = (text: string) => `${pad}\uE000${literals.push(text) - 1}\uE000${pad}`;
  const values: Record<string, string | number> = {};
  for (const [name, param] of Object.entries(params)) {
    if (typeof param === 'number') values[name] = param;
    else if (typeof param === 'string') values[name] = hold(param);
    else if ('got' in param) values[name] = param.got.type === 'literal' ? hold(param.got.text) : describedText(param.got, words);
    else values[name] = words.expected[param.expected];
  }
  // Chinese words set a Latin word apart with spaces (' true 或 false '): never two, none before
  // or after Chinese punctuation, none at the ends.
  const text = fill(words.messages[key], values)
    .replace(/ {2,}/g, ' ')
    .replace(/ ([，：；）])/g, '$1')
    .replace(/([（，：]) /g, '$1')
    .trim();
  return text.replace(/\uE000(\d+)\uE000/g, (_, index: string) => literals[Number(index)]!);
}

/** The part of an error a component shows: path, and the message in the interface's language. */
export interface LocalizableError {
  path: string;
  message: string;
  key?: MessageKey;
  params?: Readonly<Record<string, MessageParam>>;
}

/**
 * An error as a person reads it in `locale` (a key of {@link validationMessages}; English words
 * for an unknown one would mix languages, so zh-CN): `items[3].name：缺少此项`. Errors without
 * a key (from elsewhere) keep their message.
 */
export function formatValidationError(error: LocalizableError, locale: string): string {
  if (error.key === undefined) return error.message;
  const words = validationMessages[locale] ?? validationMessages['zh-CN'];
  const path = error.path === '' ? words.root : error.path;
  return `${path}${words.separator}${formatMessage(error.key, error.params ?? {}, words)}`;
}

// The error views show errors through validation-format.ts, which does not import these words.
registerValidationFormatter(formatValidationError);
