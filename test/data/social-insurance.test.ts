import { expect } from '@open-wc/testing';
import data from '../../src/data/social-insurance.json';
import type { Catalogue, CatalogueItem } from '../../src/data/types.js';

/**
 * Fidelity of the shipped catalogue to its source. SOURCE holds lines of
 * src/data/source/social-insurance-catalogue.txt (a copy of the extracted source) verbatim (tabs as \t), keyed by line number, so
 * each expectation below can be checked against the very text it was read from.
 */
const SOURCE: Record<number, string> = {
  7: '1\t社会保险 登记\t企业社会保险登记\t<ul style="list-style-type: none"> <li>●服务指南</li> <li>●养老、失业、工伤保险缴费比例</li> <li>●减免政策</li> </ul>\t\t\t人力资源社会保障部门\t<ul style="list-style-type: none"> <li>■政府网站</li> <li>■政务服务中心</li> <li>■基层公共服务平台</li> </ul>\t\t\t\t\t\t\t',
  8: '2\t\t机关事业单位工作人员参保登记\t<ul style="list-style-type: none"> <li>●服务指南</li> </ul>\t\t\t人力资源社会保障部门\t\t\t\t\t\t\t\t',
  9: '3\t\t机关事业单位社会保险登记\t<ul style="list-style-type: none"> <li>●服务指南</li> </ul>\t《政府信息公开条例》、《社会保险法》、《国务院关于机关事业单位工作人员养老保险\t公开事项信息形成或变更之日起20个工作日内公开\t人力资源社会保障部门\t\t√\t\t√\t\t√\t√\t',
  11: '\t\t\t\t制度改革的决定》\t\t\t\t\t\t\t\t\t\t\t',
  12: '4\t\t建设工程项目办理工伤保险参保登记\t<ul style="list-style-type: none"> <li>●服务指南</li> <li>●建设工程项目缴费金额的计算方式</li> </ul>\t《政府信息公开条例》、《社会保险法》、《社会保险费征缴暂行条例》\t公开事项信息形成或变更之日起20个工作日内公开\t人力资源社会保障部门\t\t√\t\t√\t\t√\t\t√\t',
  19: '10\t\t养老保险待遇发放 账户维护 申请\t●服务指南\t《政府信息公开条例》、《社会保险法》、《社会保险费征缴暂行条例》\t公开事项信息形成或变更之日起20个工作日内公开\t人力资源 社会保障 部门\t\t√\t\t√\t\t√\t√',
  20: '11\t\t工伤保险待遇发放 账户维护 申请\t●服务指南\t\t\t\t\t√\t\t√\t\t√\t√',
  22: '13\t社会保险 缴费申报\t企业社会 保险缴费 申报\t●服务指南 ●省下发的当年最低缴费基数 ●济宁市社会保险事业中心官方网站 ●咨询电话、负责科室\t《政府信息公开条例》、《社会保险法》、《社会保险费征缴暂行条例》\t公开事项信息形成或变更之日起20个工作日内公开\t人力资源 社会保障 部门\t■政府网站 ■政务服务中心 ■基层公共服务平台\t√\t\t√\t\t√\t√',
  24: '15\t\t企业社会 保险费补\t●服务指南 ●符合补缴的情况\t《政府信息公开条例》、《社会保险法》、《社会保险费征缴暂行条例》\t公开事项信息形成或变更之日起20个工作日内公开\t人力资源 社会保障 部门\t\t√\t\t√\t\t√\t√',
  26: '\t\t缴\t●补缴材料\t暂行条例》\t\t\t\t\t\t\t\t\t\t',
  27: '16\t\t企业社会 保险费清 退\t●服务指南 ●符合清退的情况\t\t\t\t\t\t\t\t\t\t\t',
  28: '17\t\t机关事业 单位社会 保险费补 缴\t●服务指南\t\t\t\t\t√\t\t√\t\t√\t√\t',
  29: '18\t社会保险 费缴纳\t社会保险 费的缴纳\t●服务指南 ●企业网上操作流程 ●缴费金额的计算方式\t\t\t\t■政府网 站 ■政务服 务中心 ■基层公 共服务平 台\t\t\t\t\t\t\t',
  30: '19\t社会保险 参保缴费 记录查询\t单位参保 证明查询 打印\t●服务指南 ●网上打印操作流程\t《政府信 息公开条 例》、《社 会保险法》、 《社会保 险费征缴 暂行条例》\t公开事项 信息形成 或变更之 日起20个 工作日内 公开\t人力资源 社会保障 部门\t■政府网 站 ■政务服 务中心 ■基层公 共服务平 台\t√\t\t√\t\t√\t√\t',
  36: '24\t\t企业离退休人员供养直系亲属生活困难补助核定支付\t●服务指南\t《政府信息公开条例》、《社会保险法》、《劳动保障条例》\t公开事项信息形成或变更之日起20个工作日内公开\t人力资源 社会保障 部门\t\t√\t\t√\t\t√\t√',
  38: '25\t机关事业单位工作人员养老保险个人账户一次性待遇申领\t●服务指南\t\t\t\t\t√\t\t√\t\t√\t√',
  39: '26\t养老保险待遇领取资格认证\t●服务指南 ● 济宁人社通 APP 养老保险待遇领取资格认证流程\t\t\t\t\t√\t\t√\t\t√\t√',
  40: '27\t社会保险待遇暂停拨付\t●服务指南\t《信息公开条例》、《社会保险法》、《劳动保险条例》\t公开事项信息形成或变更之日起 20 个工作日内公开\t人力资源 社会保障 部门\t\t√\t\t√\t\t√\t√',
  48: '32\t\t居民养老保险待遇核定支付\t●服务指南\t《政府信息公开条例》、《社会保险法》、《劳动保障条例》\t公开事项信息形成或变更之日起20个工作日内公开\t人力资源 社会保障 部门\t\t√\t\t√\t\t\t√\t√',
  49: '33\t\t居民养老保险注销登记及一次性待遇核定支付\t●服务指南\t《政府信息公开条例》、《社会保险法》、《人力资源社会保障部财政部关于机关事业单位基本养\t公开事项信息形成或变更之日起20个工作日内公开\t人力资源 社会保障 部门\t\t√\t\t√\t\t\t√\t√',
  53: '\t\t\t\t老保险关系和职业年金转移接续有关问题的通知》\t\t\t\t\t\t\t\t\t\t',
  54: '34\t\t城乡居民养老保险待遇申请\t●服务指南\t《政府信息公开条例》、《社会保险法》 《人力资源社会保障部财政部关于印发<城乡养老保险制度衔接暂行办法>的通知》\t公开事项 信息形成或变更之日起20个工作日内 公开\t人力资源 社会保障 部门\t\t√\t\t√\t\t\t√\t√',
  56: '35\t工伤保险待遇核定支付\t工伤医疗(康复)待遇核定支付(含住院伙食补助费核定支付)\t●服务指南、工伤医疗待遇总支付金额、支付人次、伙食补助费支付金额、支付人次、《工伤保险条例》\t《政府信息公开条例》、《社会保险法》、《工伤保险条例》\t公开事项信息形成或变更之日起20个工作日内公开\t人力资源 社会保障 部门\t■政府网站 ■政务服务中心 ■基层公共服务平台\t√\t\t√\t\t√\t√',
  57: '36\t\t异地工伤医疗(康复)待遇核定支付(含交通食宿费核定支付)\t●服务指南、异地工伤医疗待遇总支付金额、支付人次、交通及伙食补助费支付金额、支付人次、《工伤保险条例》\t《政府信息公开条例》、《社会保险法》、《工伤保险条例》\t公开事项信息形成或变更之日起20个工作日内公开\t人力资源 社会保障 部门\t\t√\t\t√\t\t√\t√',
  64: '42\t失业保险待遇核定支付\t失业保险金核定支付\t●服务指南\t《政府信息公开条例》、《社会保险法》、《失业保险条例》\t公开事项信息形成或变更之日起20个工作日内公开\t人力资源 社会保障 部门\t■政府网站 ■政务服务中心 ■基层公共服务平台\t√\t\t√\t\t√\t√',
  70: '47\t\t代缴基本 医疗保险 费\t●服务指南\t\t\t\t\t√\t\t√\t\t√\t√',
  71: '48\t社会保障 卡服务\t社会保障 卡申领\t●服务指南 ●制卡网点 ●社保卡经办机构信息\t《政府信 息公开条 例》、《社 会保险法》、 《人力资 源和社会 保障部关 于印发“中 华人民共 和国社会 保障卡”管 理办法的 通知》\t公开事项 信息形成 或变更之 日起 20 个 工作日内 公开\t人力资 源社会 保障 部门（或社 会保障卡 管理部门）\t■政府网 站 ■政务服 务中心 ■基层公 共服务平 台\t√\t\t√\t\t√\t√',
};

const catalogue = data as Catalogue;
const item = (seq: number): CatalogueItem => catalogue.items.find((candidate) => candidate.seq === seq)!;

/** Tab field `field` (1-based, as `cut -f`) of source line `line`, markup and spaces removed. */
function cell(line: number, field: number): string {
  const text = SOURCE[line].split('\t')[field - 1];
  return text.replace(/<\/?(?:ul|li)\b[^>]*>/g, '').replace(/\s+/g, '');
}

/** The elements of a bulleted cell (● or ■), spaces removed. */
function bulletsIn(text: string, bullet: string): string[] {
  return text.split(bullet).filter((part) => part !== '');
}

/** The 1-based tab fields of a line that hold a √. */
function tickFields(line: number): number[] {
  return SOURCE[line].split('\t').flatMap((field, index) => (field.trim() === '√' ? [index + 1] : []));
}

const STANDARD_DEADLINE = { text: '公开事项信息形成或变更之日起20个工作日内公开', workingDays: 20, from: '信息形成或变更之日' };
const THREE_CHANNELS = ['政府网站', '政务服务中心', '基层公共服务平台'];
const USUAL_TICKS = {
  audience: { public: true, specific: false },
  method: { proactive: true, onRequest: false },
  levels: { county: true, township: true },
};

function fieldsOf(value: CatalogueItem): Omit<CatalogueItem, 'notes'> {
  const { notes, ...rest } = value;
  void notes;
  return rest;
}

function notesOf(seq: number): string {
  return item(seq).notes.join('\n');
}

describe('social-insurance.json: shape', () => {
  it('has the catalogue fields and nine groups in source order', () => {
    expect(catalogue.id).to.equal('social-insurance');
    expect(catalogue.title).to.equal('社会保险领域基层政务公开标准目录');
    expect(catalogue.domain).to.equal('社会保险');
    expect(catalogue.groups).to.deep.equal([
      '社会保险登记',
      '社会保险参保信息维护',
      '社会保险缴费申报',
      '社会保险费缴纳',
      '社会保险参保缴费记录查询',
      '养老保险待遇核定支付',
      '工伤保险待遇核定支付',
      '失业保险待遇核定支付',
      '社会保障卡服务',
    ]);
  });

  it('has 50 items, seq 1..50 in order, with unique URL-safe ids', () => {
    expect(catalogue.items.map((entry) => entry.seq)).to.deep.equal(Array.from({ length: 50 }, (_, index) => index + 1));
    const ids = catalogue.items.map((entry) => entry.id);
    expect(new Set(ids).size).to.equal(50);
    for (const id of ids) expect(id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has the exact field names of the issue on every item', () => {
    const keys = ['seq', 'id', 'group', 'name', 'content', 'basis', 'deadline', 'subject', 'channels', 'audience', 'method', 'levels', 'notes'];
    for (const entry of catalogue.items) expect(Object.keys(entry), `item ${entry.seq}`).to.deep.equal(keys);
  });

  it('groups items in contiguous blocks, in the order of groups', () => {
    const order = catalogue.items.map((entry) => catalogue.groups.indexOf(entry.group));
    expect(order.every((index, position) => index >= 0 && (position === 0 || index >= order[position - 1]))).to.equal(true);
  });

  it('names a source line in every item note', () => {
    for (const entry of catalogue.items) {
      for (const note of entry.notes) expect(note, `item ${entry.seq}`).to.match(/lines? \d+/);
    }
  });

  it('keeps no markup, bullets or stray spaces in any text', () => {
    for (const entry of catalogue.items) {
      const texts = [entry.group, entry.name, entry.subject, entry.deadline.text, ...entry.content, ...entry.channels];
      for (const text of texts) expect(text, `item ${entry.seq}`).not.to.match(/[\s●■]|<\/?(ul|li)/);
      // 公开依据 titles lose their outer 《》 (公开内容 may quote a title, as items 35–41 do).
      for (const title of entry.basis) expect(title, `item ${entry.seq}`).not.to.match(/\s|^《|》$/);
    }
  });
});

describe('social-insurance.json: chosen items against the source text', () => {
  it('item 1 (line 7): <ul> cells, blank 公开依据/时限/ticks taken from the merged block 1–3 (lines 9, 11)', () => {
    expect(fieldsOf(item(1))).to.deep.equal({
      seq: 1,
      id: 'enterprise-registration',
      group: '社会保险登记',
      name: '企业社会保险登记',
      content: ['服务指南', '养老、失业、工伤保险缴费比例', '减免政策'],
      basis: ['政府信息公开条例', '社会保险法', '国务院关于机关事业单位工作人员养老保险制度改革的决定'],
      deadline: STANDARD_DEADLINE,
      subject: '人力资源社会保障部门',
      channels: THREE_CHANNELS,
      ...USUAL_TICKS,
    });
    expect(cell(7, 2)).to.equal(item(1).group);
    expect(bulletsIn(cell(7, 4), '●')).to.deep.equal(item(1).content);
    expect(bulletsIn(cell(7, 8), '■')).to.deep.equal(item(1).channels);
    expect(cell(7, 5) + cell(7, 6)).to.equal('');
    expect(tickFields(7)).to.deep.equal([]);
    expect(tickFields(9)).to.deep.equal([9, 11, 13, 14]);
    expect(notesOf(1)).to.contain('merged block of items 1–3').and.contain('Uncertain reading');
  });

  it('item 3 (lines 9, 11): a law title wrapped over two lines is joined', () => {
    expect(cell(9, 5) + cell(11, 5)).to.equal('《政府信息公开条例》、《社会保险法》、《国务院关于机关事业单位工作人员养老保险制度改革的决定》');
    expect(item(3).basis).to.deep.equal(['政府信息公开条例', '社会保险法', '国务院关于机关事业单位工作人员养老保险制度改革的决定']);
    expect(item(3).name).to.equal(cell(9, 3));
    expect(item(3).deadline.text).to.equal(cell(9, 6));
    expect(notesOf(3)).to.contain('(line 9) + “制度改革的决定》” (line 11)');
  });

  it('item 4 (line 12): shifted page with an extra tick column, ticks read by order', () => {
    expect(SOURCE[12].split('\t')).to.have.length(16);
    expect(tickFields(12)).to.deep.equal([9, 11, 13, 15]);
    expect(fieldsOf(item(4))).to.deep.equal({
      seq: 4,
      id: 'construction-project-injury-enrolment',
      group: '社会保险登记',
      name: '建设工程项目办理工伤保险参保登记',
      content: ['服务指南', '建设工程项目缴费金额的计算方式'],
      basis: ['政府信息公开条例', '社会保险法', '社会保险费征缴暂行条例'],
      deadline: STANDARD_DEADLINE,
      subject: '人力资源社会保障部门',
      channels: THREE_CHANNELS,
      ...USUAL_TICKS,
    });
    expect(notesOf(4)).to.contain('Shifted page: lines 11–17');
  });

  it('item 11 (line 20): blank merged cells take the block values printed on item 10 (line 19)', () => {
    expect(cell(20, 5) + cell(20, 6) + cell(20, 7) + cell(20, 8)).to.equal('');
    expect(item(11).name).to.equal(cell(20, 3));
    expect(item(11).group).to.equal('社会保险参保信息维护');
    expect(item(11).subject).to.equal(cell(19, 7));
    expect(item(11).deadline.text).to.equal(cell(19, 6));
    expect(item(11).channels).to.deep.equal(THREE_CHANNELS);
    expect(notesOf(11)).to.contain('merged block of items 10–12').and.contain("item 8's row (line 16)");
  });

  it('item 15 (lines 24, 26): wrapped 二级事项 and 公开内容 across the page break are joined', () => {
    expect(cell(24, 3) + cell(26, 3)).to.equal('企业社会保险费补缴');
    expect(fieldsOf(item(15))).to.deep.equal({
      seq: 15,
      id: 'enterprise-back-payment',
      group: '社会保险缴费申报',
      name: '企业社会保险费补缴',
      content: ['服务指南', '符合补缴的情况', '补缴材料'],
      basis: ['政府信息公开条例', '社会保险法', '社会保险费征缴暂行条例'],
      deadline: STANDARD_DEADLINE,
      subject: '人力资源社会保障部门',
      channels: THREE_CHANNELS,
      ...USUAL_TICKS,
    });
    expect(cell(26, 5)).to.equal('暂行条例》');
    expect(notesOf(15)).to.contain('暂行条例》').and.contain('not appended');
  });

  it('item 18 (line 29): a one-item group whose blank cells equal both printed neighbours', () => {
    expect(tickFields(29)).to.deep.equal([]);
    expect(item(18).group).to.equal(cell(29, 2));
    expect(item(18).name).to.equal('社会保险费的缴纳');
    expect(item(18).channels).to.deep.equal(bulletsIn(cell(29, 8), '■'));
    expect(item(18).basis.join('')).to.equal(cell(24, 5).replace(/[《》、]/g, ''));
    expect(item(18).subject).to.equal(cell(30, 7));
    expect(item(18).audience).to.deep.equal(USUAL_TICKS.audience);
    expect(notesOf(18)).to.contain('above (item 15, line 24) and below (item 19, line 30) are identical');
  });

  it('item 19 (line 30): narrow wrapped cells lose their stray spaces', () => {
    expect(SOURCE[30]).to.contain('《政府信 息公开条 例》');
    expect(item(19).group).to.equal('社会保险参保缴费记录查询');
    expect(item(19).name).to.equal('单位参保证明查询打印');
    expect(item(19).deadline.text).to.equal(cell(30, 6));
    expect(item(19).channels).to.deep.equal(THREE_CHANNELS);
  });

  it('items 25–29 (lines 38–42): the page without a 一级事项 column is read one field to the left', () => {
    expect(SOURCE[39].split('\t')).to.have.length(13);
    expect(tickFields(39)).to.deep.equal([8, 10, 12, 13]);
    expect(fieldsOf(item(26))).to.deep.equal({
      seq: 26,
      id: 'pension-eligibility-certification',
      group: '养老保险待遇核定支付',
      name: '养老保险待遇领取资格认证',
      content: ['服务指南', '济宁人社通APP养老保险待遇领取资格认证流程'],
      basis: ['信息公开条例', '社会保险法', '劳动保险条例'],
      deadline: STANDARD_DEADLINE,
      subject: '人力资源社会保障部门',
      channels: THREE_CHANNELS,
      ...USUAL_TICKS,
    });
    expect(item(26).name).to.equal(cell(39, 2));
    expect(notesOf(26)).to.contain('merged block of items 25–29').and.contain('Uncertain reading');
  });

  it('item 27 (line 40): an abbreviated and an inconsistent law title are kept as printed', () => {
    expect(cell(40, 4)).to.equal('《信息公开条例》、《社会保险法》、《劳动保险条例》');
    expect(item(27).basis).to.deep.equal(['信息公开条例', '社会保险法', '劳动保险条例']);
    expect(SOURCE[40]).to.contain('起 20 个');
    expect(item(27).deadline).to.deep.equal(STANDARD_DEADLINE);
    expect(notesOf(27)).to.contain('abbreviation of 《政府信息公开条例》');
    expect(item(21).basis).to.deep.equal(['政府信息公开条例', '社会保险法', '劳动保障条例']);
  });

  it('item 33 (lines 49, 53): a title wrapped across blank lines on a shifted page', () => {
    expect(cell(49, 5) + cell(53, 5)).to.equal(
      '《政府信息公开条例》、《社会保险法》、《人力资源社会保障部财政部关于机关事业单位基本养老保险关系和职业年金转移接续有关问题的通知》',
    );
    expect(item(33).basis[2]).to.equal('人力资源社会保障部财政部关于机关事业单位基本养老保险关系和职业年金转移接续有关问题的通知');
    expect(tickFields(49)).to.deep.equal([9, 11, 14, 15]);
    expect(item(33).levels).to.deep.equal({ county: true, township: true });
    expect(item(33).method).to.deep.equal({ proactive: true, onRequest: false });
    expect(notesOf(33)).to.contain('Shifted page: lines 47–54');
  });

  it('item 34 (line 54): a missing 、 and ASCII angle brackets in a title', () => {
    expect(item(34).basis).to.deep.equal(['政府信息公开条例', '社会保险法', '人力资源社会保障部财政部关于印发<城乡养老保险制度衔接暂行办法>的通知']);
    expect(item(34).deadline.text).to.equal(cell(54, 6));
    expect(notesOf(34)).to.contain('no 、 between');
  });

  it('item 35 (line 56): a single ● bullet stays one element', () => {
    expect(bulletsIn(cell(56, 4), '●')).to.deep.equal(item(35).content);
    expect(item(35).content).to.have.length(1);
    expect(item(35).name).to.equal('工伤医疗(康复)待遇核定支付(含住院伙食补助费核定支付)');
  });

  it('item 47 (line 70): the 失业 block crosses the page break at line 68', () => {
    expect(cell(70, 2)).to.equal('');
    expect(item(47).group).to.equal(cell(64, 2));
    expect(item(47).basis).to.deep.equal(['政府信息公开条例', '社会保险法', '失业保险条例']);
    expect(item(47).name).to.equal(cell(70, 3));
  });

  it('items 48–50 (lines 71–73): the card block with its own 公开主体 and law title', () => {
    expect(fieldsOf(item(48))).to.deep.equal({
      seq: 48,
      id: 'social-security-card-application',
      group: '社会保障卡服务',
      name: '社会保障卡申领',
      content: ['服务指南', '制卡网点', '社保卡经办机构信息'],
      basis: ['政府信息公开条例', '社会保险法', '人力资源和社会保障部关于印发“中华人民共和国社会保障卡”管理办法的通知'],
      deadline: STANDARD_DEADLINE,
      subject: '人力资源社会保障部门（或社会保障卡管理部门）',
      channels: THREE_CHANNELS,
      ...USUAL_TICKS,
    });
    expect(item(48).subject).to.equal(cell(71, 7));
    expect(item(50).subject).to.equal(item(48).subject);
    expect(item(50).basis).to.deep.equal(item(48).basis);
  });

  it('reads the same four ticks on every row that prints them, shifted or not', () => {
    for (const line of [7, 8, 9, 12, 19, 20, 22, 24, 27, 28, 29, 30, 36, 38, 39, 40, 48, 49, 53, 54, 56, 57, 64, 70, 71]) {
      const ticks = tickFields(line);
      expect(ticks.length === 0 || ticks.length === 4, `line ${line}`).to.equal(true);
    }
    for (const entry of catalogue.items)
      expect({ audience: entry.audience, method: entry.method, levels: entry.levels }, `item ${entry.seq}`).to.deep.equal(USUAL_TICKS);
  });
});
