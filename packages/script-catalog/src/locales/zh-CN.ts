import { deepFreeze } from '@receivables/core';
import { localizeTemplates } from '../_internals/builtInTemplates.ts';
import type { ScriptLocaleBundle } from '../catalog/ScriptLocaleBundle.ts';

/**
 * 话术库的简体中文文本和模板（The Simplified Chinese texts and templates of the script catalog),
 * loaded on their own so an app that needs only Chinese ships only Chinese. Pass it to
 * `createScriptCatalog`.
 *
 * @example
 * ```ts
 * import { createScriptCatalog } from '@receivables/script-catalog';
 * import { zhCN } from '@receivables/script-catalog/locales/zh-CN';
 *
 * const catalog = createScriptCatalog({ locales: [zhCN] });
 * console.log(zhCN.texts.scenarios.E5.name, catalog.defaultLocale); // 财务不在 zh-CN
 * ```
 */
export const zhCN: ScriptLocaleBundle = /* @__PURE__ */ deepFreeze({
  texts: {
    locale: 'zh-CN',
    name: '简体中文',
    tactics: {
      T1: {
        name: '同理式',
        intent: '讲诚信、讲规则：我们严格按合同交付，付款理应随之而来。',
        preconditions: '交付和验收有书面记录，最好有签字的验收报告或满意度报告。',
        risks: '用多了显得生硬；如果交付确有争议，会适得其反。',
      },
      T2: {
        name: '共情式',
        intent: '情感认同，请对方体谅：“你难，我也难”。',
        preconditions: '与对方已有一定的沟通基础。',
        risks: '对恶意拖欠无效；反复使用会显得软弱。',
      },
      T3: {
        name: '共赢式',
        intent: '把付款和共同目标绑在一起：按时付款，贵司的供货、质量和销售都更有保障，“我好，你也好”。',
        preconditions: '双方有持续的业务往来。',
        risks: '如果我们实际上给不了优先供货或更好的服务，就成了空话。',
      },
      T4: {
        name: '求助式',
        intent: '以柔克刚，请对方帮忙推动，也为之后的感谢做铺垫。',
        preconditions: '对方对付款有一定影响力。',
        risks: '感谢只能用言语表达：向对方员工送礼可能构成商业贿赂。',
      },
      T5: {
        name: '节点式',
        intent: '借助我方真实的时间节点（月末、季末、年末或专项活动）及其对我方考核的影响。',
        preconditions: '存在10天以内的真实时间节点。',
        risks: '编造节点会失去信任；对无力付款的客户施压只会适得其反。',
      },
      T6: {
        name: '求教式',
        intent: '向对方请教如何推动付款：人都喜欢指点别人，这也是一种间接施压。',
        preconditions: '对方熟悉流程，且本人不是卡住付款的人。',
        risks: '如果对方本人就是阻碍，效果会很慢。',
      },
      T7: {
        name: '代价式',
        intent: '小让步换大收获：以增值服务、现金折扣或分期换取确定的付款。',
        preconditions: '有让步授权，且让步的代价低于节省的资金成本。',
        risks: '容易让客户觉得拖款有好处。',
      },
      T8: {
        name: '例证式',
        intent: '以同类客户按约付款的事实，请求一视同仁。',
        preconditions: '有可核实的同类案例；不得泄露其他客户的保密信息。',
        risks: '无法核实的说法会损害信任。',
      },
      T9: {
        name: '愿景式',
        intent: '着眼对方的职业发展和前途：把这件事圆满了结，对他本人也是加分。',
        preconditions: '双方有一定的私人关系；首次接触不宜使用。',
        risks: '没有真实的关系基础，会显得功利。',
      },
      T10: {
        name: '严肃式',
        intent: '以合同为底线：法律救济、逾期违约金以及对其商业信誉的影响。',
        preconditions: '已做好放弃该客户的准备，资料齐全，经管理层批准，风险等级3级及以上。',
        risks: '通常意味着合作终止；虚张声势会削弱之后的每一步。',
      },
    },
    scenarios: {
      E1: {
        name: '质量不好',
        meaning: '以质量问题为由扣着货款不付。',
        advice: '问清具体哪些货物、涉及多少金额；把有争议和无争议的部分分开，无争议部分先付。',
      },
      E2: {
        name: '服务不周',
        meaning: '抱怨我方服务不到位。',
        advice: '对照服务记录逐项核实，该整改的整改，同时把服务问题和付款分开处理。',
      },
      E3: {
        name: '价格不优',
        meaning: '要求先降价再付款。',
        advice: '本单价格按合同执行；后续价格可以另约时间专门商谈。',
      },
      E4: {
        name: '领导不满',
        meaning: '“领导不签字。”',
        advice: '问清领导需要看到什么，争取直接沟通，必要时换由我方高管出面。',
      },
      E5: {
        name: '财务不在',
        meaning: '“财务不在。”',
        advice: '询问财务不在期间由谁代为审批。',
      },
      E6: {
        name: '流程不通',
        meaning: '付款审批卡在对方某个环节。',
        advice: '找到卡住的环节，当天补齐所缺材料；下次用好到期前检查清单。',
      },
      E7: {
        name: '劝你不急',
        meaning: '“别急，少不了你的。”',
        advice: '表示感谢，同时请对方给出确定的付款日期。',
      },
      E8: {
        name: '怪你不信',
        meaning: '打感情牌：“你还不相信我们吗？”',
        advice: '正是因为信任才给了账期；合同约定的付款时间对双方都有约束。',
      },
      E9: {
        name: '吓你不做',
        meaning: '以不再合作相要挟。',
        advice: '保持冷静，表达对合作的重视，把已到期的货款和今后的订单分开谈。',
      },
      E10: {
        name: '责你不会',
        meaning: '指责我方发票或单据有误。',
        advice: '问清具体错在哪里，当天改正。',
      },
    },
    excuses: {
      noMoney: {
        example: '“现在账上确实没钱。”',
        advice: '按“有心无力”处理：提供分期或承兑汇票，签订还款计划并落实担保。',
      },
      invoiceProblem: {
        example: '“发票没收到／开错了。”',
        advice: '按“责你不会”应对：当天更正并重新寄出。',
      },
      statementMismatch: {
        example: '“我们的账和你们对不上。”',
        advice: '逐笔对账，对得上的部分先付。',
      },
      waitingOnTheirCustomer: {
        example: '“等我们的客户付了款，再付给你们。”',
        advice: '按“劝你不急”应对；依照《保障中小企业款项支付条例》，不得约定“背靠背”付款。',
      },
      approvalPending: {
        example: '“还在走审批。”',
        advice: '按“流程不通”或“领导不满”应对：找到审批人，问清需要什么。',
      },
      alreadyPaid: {
        example: '“我们已经付过了。”',
        advice: '表示感谢，请对方提供银行回单号和付款日期，再核查款项去向。',
      },
      newBoss: {
        example: '“新领导来了，所有付款都要重新审核。”',
        advice: '属于“新变化”：法定代表人或负责人变更不是延迟付款的理由。',
      },
      monthEndPaymentRun: {
        example: '“我们只在月底统一付款。”',
        advice: '按“流程不通”应对：争取排进下一次付款，并记下具体日期。',
      },
    },
    powerSituations: {
      customerStronger: { name: '客强我弱', description: '客户有钱，但现在不想付。' },
      evenlyMatched: { name: '客强我强', description: '双方都有实力、有规矩，互相试探底线。' },
      willingButUnable: { name: '有心无力', description: '客户想付，但资金周转不过来。' },
    },
    styles: {
      eagle: { name: '鹰', description: '拍板的领导。' },
      sheep: { name: '羊', description: '把关的技术专家。' },
      fox: { name: '狐', description: '谈判的采购负责人。' },
      donkey: { name: '驴', description: '负责验收签字的使用部门。' },
    },
    causes: {
      newSituation: { name: '新形势', description: '政策、经济压力、环境或行业习惯的变化。' },
      newChange: { name: '新变化', description: '新领导、系统优化、管理升级或竞争。' },
      personalMotive: { name: '心诉求', description: '对方想展示业绩、能力或权威，或谋求个人好处。' },
    },
    causeSubtypes: {
      policy: '政策',
      economicPressure: '经济压力',
      environment: '环境',
      industryHabit: '行业习惯',
      newLeader: '新领导',
      systemChange: '系统优化',
      managementUpgrade: '管理升级',
      competition: '竞争',
      showResults: '展示业绩',
      showCompetence: '展示能力',
      showAuthority: '展示权威',
      greyZoneBenefit: '灰度变现',
    },
    fears: {
      F1: '诉讼或仲裁',
      F2: '财产保全',
      F3: '失信被执行人名单和限制高消费',
      F4: '公共信用记录',
      F5: '商业信誉',
      F6: '断供或停止服务',
      F7: '利息、违约金和费用',
      F8: '上级知情、个人被问责',
      F9: '失去融资或投标资格',
    },
    stages: {
      beforeDue: '到期前',
      earlyOverdue: '逾期初期',
      middleOverdue: '逾期中期',
      lateOverdue: '严重逾期',
      preLegal: '法律行动前',
      legal: '法律阶段',
    },
    channels: {
      phone: '电话',
      messaging: '即时消息',
      email: '电子邮件',
      letter: '信函',
      visit: '上门拜访',
      lawyerLetter: '律师函',
      legalFiling: '诉讼／仲裁',
    },
    reasons: {
      scenarioFit: '应对“{scenario}”的第{rank}选择。',
      powerPreferred: '适合“{power}”的局面。',
      powerAvoided: '“{power}”的局面下最好避免。',
      styleFit: '适合“{style}”型的谈判对象。',
      causeFit: '契合“{cause}”这一成因。',
      stageFit: '适合“{stage}”阶段。',
      formalNeedsTier: '{tactic}仅限{minTier}级及以上风险使用，该客户目前为{tier}级。',
      formalBeforeDue: '到期前不得使用{tactic}措辞。',
      formalNeedsReadiness: '只有在做好放弃该客户的准备后才能使用{tactic}。',
      formalNeedsDocuments: '{tactic}需要完整的交付资料。',
      formalNeedsApproval: '管理层未批准使用{tactic}措辞。',
      deadlineNotReal: '{tactic}需要{days}天以内的真实时间节点。',
      concessionNeedsAuthority: '{tactic}需要有让步授权。',
      visionNotAtFirstContact: '首次接触不宜使用{tactic}。',
      visionNeedsRelationship: '{tactic}需要一定的私人关系。',
      unableAvoidsPressure: '客户有心无力：不宜使用{tactic}。',
      greyZoneNeverPay: '对方疑似谋求个人好处：不得使用{tactic}。',
      principleNeedsDocuments: '{tactic}需要有书面的交付记录。',
      verifyComparableCase: '只引用可核实的案例，并为其他客户的信息保密。',
      noGifts: '感谢用言语表达，不要送礼：向对方员工送礼可能构成商业贿赂。',
      concessionCheaperThanFinancing: '让步的代价要低于它所节省的资金成本。',
      confirmRelationship: '只有与对方有私交时才使用{tactic}。',
      getManagementApproval: '使用{tactic}措辞前先取得管理层批准。',
      nameTheDeadline: '说清楚具体的真实节点（月末、季末或年末）。',
      askDeputyApprover: '询问财务不在期间由谁代为审批。',
      splitDisputedAmount: '把有争议和无争议的部分分开，请对方先付无争议部分。',
      switchToExecutive: '考虑换由我方高管出面催收。',
      usePreDueChecklist: '找到卡住的环节并补齐材料；下次用好到期前检查清单。',
      fixDocumentsToday: '当天把单据改正。',
      smeRebuttal: '适用《保障中小企业款项支付条例》：“{scenario}”不能成为拒付无争议款项的理由。',
      smeNewRepresentative:
        '适用《保障中小企业款项支付条例》：法定代表人变更或内部流程都不是延迟付款的理由。',
      backToBackBanned: '适用《保障中小企业款项支付条例》：不得以“背靠背”为由延迟付款。',
      escalateNeverPay: '对方索要个人好处的，应向管理层报告，绝不能给。',
      signedPlanWithGuarantee: '提供分期或承兑汇票，并签订有担保的还款计划。',
      exitOnlyIfReady: '只有做好放弃该客户的准备，才使用严肃式措辞。',
      quietHours: '客户当地时间为{time}：{from}至{to}之间不打电话、不发消息、不上门。',
      writtenDemandNearExpiry: '诉讼时效即将届满：发出有送达凭证的书面催款函，并争取对方签署确认回执。',
      answersExcuse: '应对“{scenario}”。',
      usesTactic: '使用{tactic}，排名第{rank}。',
      demandLetter: '适用于“{stage}”阶段的催款函。',
      localeFallback: '{requested}没有此模板，以{locale}显示。',
    },
  },
  templates: localizeTemplates('zh-CN', {
    'principle.phone': {
      body: `{contact}您好，我是{sender}。打扰您一下，发票{invoiceNumbers}项下的{amount}货款已经逾期{daysPastDue}天了。
这批货我们是按合同要求如数交付的，验收报告贵司也已经签字确认。按照双方的约定，这笔款现在应该支付了，我想跟您把付款日期定下来。
贵司这边还有没有需要我们配合的地方？有的话您现在告诉我，我今天就处理；没有的话，麻烦您给我一个具体的付款日期，我这边做个登记。`,
    },
    'principle.written': {
      subject: '付款提醒：{amount}（发票号：{invoiceNumbers}）',
      body: `{contact}您好：

经核对，{customer}尚有{amount}货款未付（发票号：{invoiceNumbers}），约定付款日为{dueDate}。该批货物已按合同交付，并经贵司验收签字，按照合同约定，该款项现已到期应付。

烦请安排付款；如贵司还有需要我方处理的事项，也请及时告知。

谢谢！
{sender}`,
    },
    'empathy.phone': {
      body: `{contact}您好，我是{sender}。知道您那边事情多，我这边压力也不小，就不多耽误您时间了。发票{invoiceNumbers}项下的{amount}已经逾期{daysPastDue}天，领导一直在问我要个准确日子。
您难，我也难，咱们互相体谅一下。能不能麻烦您帮我推进一下？哪怕先给我一个确定的付款时间，对我也是很大的帮助。
太感谢您了！`,
    },
    'empathy.written': {
      subject: '想请您帮个小忙：{invoiceNumbers}的付款',
      body: `{contact}您好！

最近大家都挺忙的，我这边也一样。财务同事一直在跟我核对{customer}的一笔{amount}货款（发票号：{invoiceNumbers}），付款日是{dueDate}。

这周能不能麻烦您帮忙推动一下？哪怕回复我一个预计的付款日期，也能帮我很大的忙。

非常感谢！
{sender}`,
    },
    'winWin.phone': {
      body: `{contact}您好，我是{sender}。跟您沟通一下发票{invoiceNumbers}项下的{amount}货款，付款日是{dueDate}。
贵司接下来的生产和销售离不开我们稳定供货，我们排产时会优先保障回款及时的客户。这笔款按时结清，贵司的订单就能一直排在前面，对双方都好。
您看哪天付款比较方便，咱们一起把时间定下来？`,
    },
    'winWin.written': {
      subject: '保障贵司后续供货的一个小提醒',
      body: `{contact}您好：

在我们一起安排接下来几周供货的时候，想跟您确认一下{customer}的{amount}货款（发票号：{invoiceNumbers}），付款日为{dueDate}。

回款及时的客户在我们的排产和发货中一直享有优先保障，我们也希望贵司始终在这个位置上。麻烦您确认一下付款时间。

谢谢！
{sender}`,
    },
    'plea.phone': {
      body: `{contact}您好，我是{sender}，有件事想请您帮帮忙。发票{invoiceNumbers}项下的{amount}已经逾期{daysPastDue}天了，贵司内部的流程您比我熟悉得多。
能不能请您帮我催一催，或者告诉我现在卡在哪位同事那里，我好客客气气地去跟进？真的非常感谢您！`,
    },
    'plea.written': {
      subject: '想请您帮个忙：{invoiceNumbers}',
      body: `{contact}您好！

冒昧打扰，有件事想请您帮帮忙。{customer}的{amount}货款（发票号：{invoiceNumbers}）约定在{dueDate}支付，目前我们还没有收到。

贵司内部怎么走流程，您比我清楚得多。能否请您帮忙推动一下，或者告诉我应该找哪位同事？先谢谢您了！

{sender}`,
    },
    'deadline.phone': {
      body: `{contact}您好，我是{sender}。跟您实话实说：我们这一期在{deadline}结账，发票{invoiceNumbers}项下的{amount}已经逾期{daysPastDue}天，这笔款直接关系到我们团队这一期的考核。
能不能麻烦您安排一下，让款项在{deadline}之前到账？如果有什么卡住了，您现在告诉我，我们还来得及一起解决。`,
    },
    'deadline.written': {
      subject: '恳请于{deadline}前安排付款（发票号：{invoiceNumbers}）',
      body: `{contact}您好：

我司本期将于{deadline}结账。{customer}的{amount}货款（发票号：{invoiceNumbers}）约定付款日为{dueDate}，目前仍未结清，对我们本期的结果影响很大。

烦请确保款项在{deadline}之前到账。如有任何障碍，请尽早告诉我，我们一起及时解决。

谢谢！
{sender}`,
    },
    'seekAdvice.phone': {
      body: `{contact}您好，我是{sender}，想向您请教一下。发票{invoiceNumbers}项下的{amount}付款日是{dueDate}，我想确保我们这边没有任何地方拖慢贵司的审批。
贵司财务一般需要我们提供哪些材料？有没有什么单据、格式或者对接人是我应该提前知道的？您说需要什么，我马上准备。`,
    },
    'seekAdvice.written': {
      subject: '请教：{invoiceNumbers}付款需要我方准备什么？',
      body: `{contact}您好！

想向您请教一下：{customer}的{amount}货款（发票号：{invoiceNumbers}）付款日为{dueDate}，我希望我们的资料能让审批尽量顺利。

贵司财务是否还需要我方提供什么单据、格式或对接人信息？您告诉我，我马上发过去。

多谢指点！
{sender}`,
    },
    'concession.phone': {
      body: `{contact}您好，我是{sender}。关于发票{invoiceNumbers}项下已逾期{daysPastDue}天的{amount}，我这边想了个办法，希望能让您那边好办一些。
如果款项能在{deadline}前到账，我们可以为贵司提供{offer}。这是我们的一点诚意，前提是款项按约定到账。
您看可以的话，我把这个方案书面发给您确认？`,
    },
    'concession.written': {
      subject: '关于{invoiceNumbers}：{deadline}前付款的优惠方案',
      body: `{contact}您好：

为了尽快结清{customer}的{amount}货款（发票号：{invoiceNumbers}，付款日为{dueDate}），如全部款项能在{deadline}前到账，我方可为贵司提供{offer}。

请您确认，款项到账后我们立即落实。

谢谢！
{sender}`,
    },
    'precedent.phone': {
      body: `{contact}您好，我是{sender}。发票{invoiceNumbers}项下的{amount}已经逾期{daysPastDue}天了。
同样条款、同等采购规模的其他客户，这一期的款项都已经按期结清了，我们对所有客户执行的都是同样的条款，也希望贵司能一视同仁。
您看这笔款什么时候能安排？`,
    },
    'precedent.written': {
      subject: '请按统一账期结清{invoiceNumbers}',
      body: `{contact}您好：

我司对同等规模的客户执行统一的付款条款，本期款项其他客户均已按此结清。{customer}的{amount}货款（发票号：{invoiceNumbers}）约定付款日为{dueDate}，目前仍未支付。

恳请贵司同样按约处理，并告知具体付款日期。

谢谢！
{sender}`,
    },
    'vision.phone': {
      body: `{contact}您好，我是{sender}。咱们合作这么久，您做事我一直很佩服。今天打电话是想说说发票{invoiceNumbers}项下的{amount}，已经逾期{daysPastDue}天了。
我知道您在贵司还有更大的发展，不管以后您走到哪里，我都会一直支持您。这笔款干干净净地结掉，对咱们俩都是加分的事。这周能帮我一起把它了结吗？`,
    },
    'vision.written': {
      subject: '一起把{invoiceNumbers}圆满了结',
      body: `{contact}您好：

和您合作一直很愉快，也希望无论将来各自在什么岗位，我们都能长久合作下去。目前还有一件事：{customer}的{amount}货款（发票号：{invoiceNumbers}），付款日为{dueDate}。

把它圆满结清，对我们双方的工作都是加分。能请您帮忙一起了结吗？

祝好！
{sender}`,
    },
    'formal.phone': {
      body: `{contact}您好，我是{sender}。今天是正式就发票{invoiceNumbers}项下的{amount}与您沟通：经过我们多次提醒，这笔款项已经逾期{daysPastDue}天。
合同是双方的底线。如果{deadline}前仍未收到款项，我们将不得不依照合同采取法律措施，包括提起诉讼，并主张约定的逾期违约金和相关费用。这会无谓地影响贵司的商业信誉，我们真心希望避免走到这一步。
您今天能否确认在{deadline}前付款？`,
    },
    'formal.written': {
      subject: '正式催告：{amount}逾期未付（发票号：{invoiceNumbers}）',
      body: `{contact}您好：

经我方多次提醒，{customer}的{amount}货款（发票号：{invoiceNumbers}，付款日为{dueDate}）至今仍未支付。

请于{deadline}前付清。如届时仍未收到款项，我方将依据合同及法律规定采取法律措施，包括提起诉讼，并主张约定的逾期违约金及相关费用。

我们仍希望通过协商解决此事，如有任何问题，欢迎随时联系。

此致
敬礼

{sender}`,
    },
    'poorQuality.answer1': {
      body: `{contact}，我理解，这个问题我们一定查清楚。这批货的验收报告贵司是签过字的，所以咱们具体一点：是哪几项有问题，涉及金额是多少？
我建议把两部分分开处理：没有争议的部分先付，有争议的部分我马上安排质量部门跟进。发票{invoiceNumbers}项下的{amount}里，没有争议的是多少？`,
    },
    'poorQuality.answer2': {
      body: `{contact}，谢谢您的反馈。同一批次的产品在其他客户那里都在正常使用，没有收到类似问题，我马上安排人和您一起看看贵司这边的使用情况有什么不同。
在此期间，发票{invoiceNumbers}项下的{amount}中不受影响的部分，能不能先安排支付？`,
    },
    'poorQuality.smeRebuttal': {
      body: `{contact}，您提的问题我们一定会处理。不过按照《保障中小企业款项支付条例》，没有争议的款项应当按期支付。
发票{invoiceNumbers}项下的{amount}中无争议的部分，麻烦先安排付款；有争议的部分，我们解决之后再结。`,
    },
    'poorService.answer1': {
      body: `{contact}，听到这个我很抱歉。我们的服务记录里每次上门、每张工单都有登记，我想跟您一起对一下：具体是哪一次服务没做到位？我们一定整改。
不过服务问题和货款是两回事，发票{invoiceNumbers}项下的{amount}对应的是已经交付并验收的内容。我来安排整改，付款这边咱们能不能先定下来？`,
    },
    'poorService.answer2': {
      body: `{contact}，我理解您的感受，换了我也会不满意。我今天就把情况报给服务经理，尽快给您一个整改方案。
同时公司也在问我发票{invoiceNumbers}项下{amount}的进度，能不能请您也帮我一把，一边整改一边推进付款？`,
    },
    'poorService.smeRebuttal': {
      body: `{contact}，谢谢您指出服务上的问题，我们会逐项跟进。付款方面，《保障中小企业款项支付条例》要求无争议的款项应按期支付。
发票{invoiceNumbers}项下的{amount}中无争议的部分，能否先安排？`,
    },
    'priceNotGood.answer1': {
      body: `{contact}，我理解您希望拿到更好的价格。不过这批货的价格是合同约定的，和同等采购量的其他客户一样，这张发票我没法单独处理。
发票{invoiceNumbers}项下的{amount}请按约定支付，下一批订单的价格我们可以另外约时间专门谈。`,
    },
    'priceNotGood.answer2': {
      body: `{contact}，咱们把两件事分开。发票{invoiceNumbers}项下的{amount}按约定结清，贵司的账户信用保持良好，这恰恰是谈后续订单价格最好的基础。
要不现在就把价格沟通会的时间定下来？`,
    },
    'bossUnhappy.answer1': {
      body: `明白了，{contact}。想请教您：领导需要看到什么才愿意签字？如果需要报告、确认函或者当面沟通，我都可以准备。
发票{invoiceNumbers}项下的{amount}已经逾期了，我希望这周就把领导需要的东西备齐。`,
    },
    'bossUnhappy.answer2': {
      body: `{contact}，能不能请您帮个忙？麻烦您再跟领导提一下发票{invoiceNumbers}项下{amount}的付款，或者安排一个简短的电话，我直接回答领导的疑问。
有您的支持就好办多了。`,
    },
    'bossUnhappy.smeRebuttal': {
      body: `{contact}，我理解。不过按照《保障中小企业款项支付条例》，负责人变更或内部审批流程都不能作为延迟付款的理由。
能否请您帮忙，这周把发票{invoiceNumbers}项下的{amount}审批下来？领导有疑问的话，我可以一起参加沟通。`,
    },
    'financeAway.answer1': {
      body: `谢谢告知，{contact}。我们在{deadline}结账，所以时间对我们确实很关键。
财务同事不在的这段时间，是哪位负责审批付款？如果能请代理审批人把发票{invoiceNumbers}项下的{amount}批下来，在{deadline}前还来得及到账。`,
    },
    'financeAway.answer2': {
      body: `没关系，{contact}，这种情况难免。
能不能请您帮我问一下，这周是谁在代财务审批？有您帮忙，发票{invoiceNumbers}项下的{amount}就可以直接交给代理审批人处理，不用干等。`,
    },
    'processBlocked.answer1': {
      body: `好的，{contact}。能告诉我审批现在走到哪一步了吗？我们这边有没有缺什么材料，比如发票复印件、送货单或者签字的验收单？
我今天就补齐，让发票{invoiceNumbers}项下的{amount}顺利往下走。`,
    },
    'processBlocked.answer2': {
      body: `{contact}，这件事能不能请您帮帮忙？麻烦您跟卡住的那个环节的同事问一下，或者帮我引荐一下，他们需要什么我都马上回复，让发票{invoiceNumbers}项下的{amount}能尽快走完流程。`,
    },
    'processBlocked.smeRebuttal': {
      body: `我理解贵司有内部流程，{contact}。不过《保障中小企业款项支付条例》明确，内部付款流程不能作为延迟付款的理由。
这周咱们一起想想办法，让发票{invoiceNumbers}项下的{amount}尽快走完流程，好吗？`,
    },
    'dontRush.answer1': {
      body: `谢谢您，{contact}，我当然相信您。只是我们财务每周都会过一遍所有未结款项，发票{invoiceNumbers}项下的{amount}每次都挂在我名下。
能不能给我一个确定的日期？这样我也好交代。`,
    },
    'dontRush.answer2': {
      body: `谢谢您，{contact}。不过时间对我们确实很重要：我们在{deadline}结账，发票{invoiceNumbers}项下的{amount}需要在这之前到账。
咱们现在把付款日期定下来，确保赶得上，好吗？`,
    },
    'doNotTrustUs.answer1': {
      body: `{contact}，这和信任没有关系。正是因为信任贵司，我们才先发货、给账期。合同对双方的付款时间都有约定，发票{invoiceNumbers}项下的{amount}只是按合同到期了。
您看哪天可以付款，我记一下？`,
    },
    'doNotTrustUs.answer2': {
      body: `当然信任您，{contact}。按约定时间付款，正是让这份信任长久的方式，贵司后续的订单也会更顺畅。
发票{invoiceNumbers}项下的{amount}，咱们把付款日期定一下？`,
    },
    'threatToLeave.answer1': {
      body: `我们非常珍惜和贵司的合作，{contact}，也希望能一直合作下去。咱们先把发票{invoiceNumbers}项下的{amount}结清，然后坐下来好好聊聊，后续订单贵司需要我们怎么做。
这周方便吗？`,
    },
    'threatToLeave.answer2': {
      body: `听到这个我很遗憾，{contact}。无论后续订单怎么安排，发票{invoiceNumbers}项下的{amount}是已经交付货物的货款，所有客户都按同样的条款结算。
咱们先把这笔结清，以后的合作可以另外再谈。`,
    },
    'blamesOurMistakes.answer1': {
      body: `谢谢您指出来，{contact}。具体需要改哪里：发票抬头、税号、金额，还是某份单据？
您告诉我，我今天就把更正后的版本发过去，不耽误发票{invoiceNumbers}项下{amount}的付款。`,
    },
    'blamesOurMistakes.answer2': {
      body: `您核对得很仔细，{contact}。更正后的单据我们已经重新寄出，麻烦您确认一下是否收到。
其他内容都与合同和交付一致，发票{invoiceNumbers}项下的{amount}现在可以安排付款了，您看哪天方便？`,
    },
    'letter.firstNotice': {
      subject: '付款提醒函：{amount}（发票号：{invoiceNumbers}）',
      body: `致：{customer}

付款提醒函

经核对，贵司以下款项尚未支付：
发票号：{invoiceNumbers}
金额：{amount}
约定付款日：{dueDate}

如贵司已安排付款，请忽略本函。如尚未支付，请于{deadline}前将款项汇至：
{bankDetails}

如对上述发票有任何疑问，欢迎随时与我们联系。

此致
敬礼

{sender}
{company}`,
    },
    'letter.secondNotice': {
      subject: '第二次付款提醒函：{amount}（发票号：{invoiceNumbers}）',
      body: `致：{customer}

第二次付款提醒函

我方此前已发出付款提醒，但贵司以下款项至今仍未支付，已逾期{daysPastDue}天：
发票号：{invoiceNumbers}
金额：{amount}
约定付款日：{dueDate}

请于{deadline}前将款项汇至：
{bankDetails}

如贵司因故暂缓付款，例如对发票或交付有疑问，请及时告知，以便双方尽快解决。

此致
敬礼

{sender}
{company}`,
    },
    'letter.finalNotice': {
      subject: '最后催告函：{amount}（发票号：{invoiceNumbers}）',
      body: `致：{customer}

最后催告函

经我方多次催告，贵司以下款项至今仍未支付，已逾期{daysPastDue}天：
发票号：{invoiceNumbers}
金额：{amount}
约定付款日：{dueDate}

请于{deadline}前将全部款项汇至：
{bankDetails}

如届时仍未收到款项，我方将依据合同及法律规定采取法律措施，包括提起诉讼或申请仲裁，并主张约定的逾期违约金及实现债权的费用，届时将不再另行通知。

我们仍希望通过协商解决此事。如贵司希望商定还款计划，请于{deadline}前与我们联系。

此致
敬礼

{sender}
{company}`,
    },
    'letter.limitationDemand': {
      subject: '催款通知书：{amount}（发票号：{invoiceNumbers}）',
      body: `致：{customer}

催款通知书

贵司尚欠我方以下款项，约定付款日为{dueDate}，至今未付：
发票号：{invoiceNumbers}
金额：{amount}

我方现正式向贵司催收上述款项，请于{deadline}前付清至：
{bankDetails}

本通知书以书面形式发出，是我方对上述债权的主张，依法中断诉讼时效。请贵司在下方回执上签字盖章，并将回执寄回我方。

此致
敬礼

{sender}
{company}

————————————————
确认回执

{customer}确认已收到本催款通知书，并确认尚欠{company}发票{invoiceNumbers}项下款项{amount}。

签字（盖章）：＿＿＿＿＿＿＿＿
日期：＿＿＿＿年＿＿月＿＿日`,
    },
  }),
} satisfies ScriptLocaleBundle);
