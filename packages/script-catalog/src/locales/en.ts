import { deepFreeze } from '@receivables/core';
import { localizeTemplates } from '../_internals/builtInTemplates.ts';
import type { ScriptLocaleBundle } from '../catalog/ScriptLocaleBundle.ts';

const days = '{daysPastDue, plural, one {# day} other {# days}}';

/**
 * The English texts and templates of the script catalog, loaded on their own so an app that needs
 * only English ships only English. Pass it to `createScriptCatalog`.
 *
 * @example
 * ```ts
 * import { createScriptCatalog } from '@receivables/script-catalog';
 * import { en } from '@receivables/script-catalog/locales/en';
 *
 * const catalog = createScriptCatalog({ locales: [en] });
 * console.log(en.texts.tactics.T5.name, catalog.templates.length); // Deadline 48
 * ```
 */
export const en: ScriptLocaleBundle = /* @__PURE__ */ deepFreeze({
  texts: {
    locale: 'en',
    name: 'English',
    tactics: {
      T1: {
        name: 'Principle',
        intent:
          'Appeal to integrity and the contract: we delivered exactly what was agreed, so payment should follow.',
        preconditions:
          'Delivery and acceptance are documented, ideally with a signed acceptance or satisfaction report.',
        risks: 'Sounds cold if overused; backfires when the delivery is genuinely in dispute.',
      },
      T2: {
        name: 'Empathy',
        intent: 'Build emotional common ground: we both have it hard, so help each other out.',
        preconditions: 'Some rapport with the contact.',
        risks: 'Useless against bad faith; can read as weakness if repeated.',
      },
      T3: {
        name: 'Win-win',
        intent: 'Tie payment to a shared goal: paying on time keeps their supply, quality and sales strong.',
        preconditions: 'An ongoing business relationship.',
        risks: 'Empty if we cannot actually offer priority or better service.',
      },
      T4: {
        name: 'Plea',
        intent: 'Ask for help: people yield to a polite request and like to be thanked.',
        preconditions: 'The contact has influence over the payment.',
        risks: 'Thanks must stay verbal: gifts to the customer’s staff can be commercial bribery.',
      },
      T5: {
        name: 'Deadline',
        intent:
          'Point to a real deadline on our side (month, quarter or year end, a campaign) and what it means for us.',
        preconditions: 'A real deadline no more than 10 days away.',
        risks: 'An invented deadline destroys credibility; pressure on a customer who cannot pay only hurts.',
      },
      T6: {
        name: 'Seek advice',
        intent:
          'Ask the contact how to get the payment through: people like to teach, and it applies gentle pressure.',
        preconditions: 'The contact knows the process and is not the one blocking it.',
        risks: 'Slow when the contact is the blocker.',
      },
      T7: {
        name: 'Concession',
        intent:
          'Give something small to gain something large: extra service, a cash discount or instalments for a firm payment.',
        preconditions: 'Authority to concede, and a concession that costs less than the financing it saves.',
        risks: 'Teaches the customer that paying late pays off.',
      },
      T8: {
        name: 'Precedent',
        intent: 'Cite comparable peers who paid on the same terms, and ask for equal treatment.',
        preconditions:
          'A verifiable comparable case; never disclose another customer’s confidential details.',
        risks: 'An unverifiable claim costs trust.',
      },
      T9: {
        name: 'Vision',
        intent: 'Speak to the contact’s career and future: closing this cleanly reflects well on them.',
        preconditions: 'A personal relationship; never at first contact.',
        risks: 'Sounds manipulative without a real relationship.',
      },
      T10: {
        name: 'Formal',
        intent:
          'Make the contract the bottom line: legal remedies, late charges and the cost to their reputation.',
        preconditions: 'Ready to lose the account, documents complete, management approval, tier 3 or above.',
        risks: 'Usually ends the relationship; an empty threat weakens every later step.',
      },
    },
    scenarios: {
      E1: {
        name: 'Poor quality',
        meaning: 'The customer claims defects to hold back payment.',
        advice:
          'Ask exactly which items are affected; split the disputed part from the undisputed part and ask for the undisputed part now.',
      },
      E2: {
        name: 'Poor service',
        meaning: 'The customer complains about our service.',
        advice:
          'Go through the service log together, fix what fell short, and keep the service issue apart from the payment.',
      },
      E3: {
        name: 'Price not good',
        meaning: 'The customer wants a price cut before paying.',
        advice: 'The agreed price stands for this invoice; offer a separate talk about future prices.',
      },
      E4: {
        name: 'Boss unhappy',
        meaning: '“The boss won’t sign.”',
        advice:
          'Ask what the manager needs to see, offer to talk to them directly, and consider switching to an executive collector.',
      },
      E5: {
        name: 'Finance is away',
        meaning: '“Our finance person is away.”',
        advice: 'Ask who approves payments in the meantime.',
      },
      E6: {
        name: 'Process blocked',
        meaning: 'The approval is stuck somewhere in their process.',
        advice:
          'Find the step it is stuck at and supply whatever is missing the same day; use the pre-due checklist next time.',
      },
      E7: {
        name: 'Don’t rush',
        meaning: '“Relax, you’ll get your money.”',
        advice: 'Thank them and ask for a firm date.',
      },
      E8: {
        name: 'You don’t trust us',
        meaning: 'A guilt trip: “don’t you trust us?”',
        advice: 'Trust is exactly why we delivered on credit; the contract sets the date for both sides.',
      },
      E9: {
        name: 'Threat to stop ordering',
        meaning: 'The customer threatens to take their business elsewhere.',
        advice: 'Stay calm, value the relationship, and keep the open invoice apart from future orders.',
      },
      E10: {
        name: 'Blames our mistakes',
        meaning: 'The customer blames a wrong invoice or missing documents.',
        advice: 'Ask exactly what is wrong and fix it the same day.',
      },
    },
    excuses: {
      noMoney: {
        example: '“We simply don’t have the money right now.”',
        advice:
          'Treat as willing but unable: offer instalments or acceptance bills and get a signed plan with a guarantee.',
      },
      invoiceProblem: {
        example: '“The invoice is missing / wrong.”',
        advice: 'Answer as “blames our mistakes”: correct and resend the same day.',
      },
      statementMismatch: {
        example: '“Our statement doesn’t match yours.”',
        advice: 'Reconcile line by line; pay the matching part now.',
      },
      waitingOnTheirCustomer: {
        example: '“We’ll pay you when our customer pays us.”',
        advice: 'Answer as “don’t rush”; under the SME payment regulation, pay-when-paid is not allowed.',
      },
      approvalPending: {
        example: '“It’s still waiting for approval.”',
        advice: 'Answer as “process blocked” or “boss unhappy”: find the approver and what they need.',
      },
      alreadyPaid: {
        example: '“We already paid.”',
        advice: 'Thank them and ask for the bank receipt number and date, then trace the payment.',
      },
      newBoss: {
        example: '“We have a new boss, everything is being reviewed.”',
        advice: 'A new change: a new legal representative is no reason to delay payment.',
      },
      monthEndPaymentRun: {
        example: '“Payments only go out in the month-end run.”',
        advice: 'Answer as “process blocked”: get onto the next run and note its date.',
      },
    },
    powerSituations: {
      customerStronger: {
        name: 'Customer stronger',
        description: 'The customer has the money but will not pay now.',
      },
      evenlyMatched: {
        name: 'Evenly matched',
        description: 'Both sides have money and rules and test each other’s bottom line.',
      },
      willingButUnable: {
        name: 'Willing but unable',
        description: 'The customer wants to pay but has no cash.',
      },
    },
    styles: {
      eagle: { name: 'Eagle', description: 'A leader who decides.' },
      sheep: { name: 'Sheep', description: 'A technical expert who checks.' },
      fox: { name: 'Fox', description: 'A procurement head who negotiates.' },
      donkey: { name: 'Donkey', description: 'The user department that signs acceptance.' },
    },
    causes: {
      newSituation: {
        name: 'New situation',
        description: 'Policy, economic pressure, environment or industry habit.',
      },
      newChange: {
        name: 'New change',
        description: 'A new leader, a new system, a management change or competition.',
      },
      personalMotive: {
        name: 'Personal motive',
        description:
          'The contact wants to show results, competence or authority, or seeks a personal benefit.',
      },
    },
    causeSubtypes: {
      policy: 'Policy',
      economicPressure: 'Economic pressure',
      environment: 'Environment',
      industryHabit: 'Industry habit',
      newLeader: 'New leader',
      systemChange: 'New system',
      managementUpgrade: 'Management change',
      competition: 'Competition',
      showResults: 'Showing results',
      showCompetence: 'Showing competence',
      showAuthority: 'Showing authority',
      greyZoneBenefit: 'Seeking a personal benefit',
    },
    fears: {
      F1: 'Suit or arbitration',
      F2: 'Asset preservation',
      F3: 'The defaulter list and spending restrictions',
      F4: 'Public credit records',
      F5: 'Reputation',
      F6: 'Loss of supply or service',
      F7: 'Interest, liquidated damages and costs',
      F8: 'Superiors finding out',
      F9: 'Loss of financing or tender eligibility',
    },
    stages: {
      beforeDue: 'Before due',
      earlyOverdue: 'Early overdue',
      middleOverdue: 'Middle overdue',
      lateOverdue: 'Late overdue',
      preLegal: 'Before legal action',
      legal: 'Legal',
    },
    channels: {
      phone: 'Phone',
      messaging: 'Messaging',
      email: 'E-mail',
      letter: 'Letter',
      visit: 'Site visit',
      lawyerLetter: 'Lawyer’s letter',
      legalFiling: 'Legal filing',
    },
    reasons: {
      scenarioFit: 'Choice {rank} against the excuse “{scenario}”.',
      powerPreferred: 'Works well when the situation is “{power}”.',
      powerAvoided: 'Better avoided when the situation is “{power}”.',
      styleFit: 'Works well with a “{style}” negotiator.',
      causeFit: 'Fits the cause “{cause}”.',
      stageFit: 'Suits the stage “{stage}”.',
      formalNeedsTier: '{tactic} is for tier {minTier} or above; this customer is at tier {tier}.',
      formalBeforeDue: 'No {tactic} wording before the due date.',
      formalNeedsReadiness: '{tactic} only once you are ready to lose the account.',
      formalNeedsDocuments: '{tactic} needs complete delivery documents.',
      formalNeedsApproval: 'Management has not approved {tactic} wording.',
      deadlineNotReal: '{tactic} needs a real deadline within {days} days.',
      concessionNeedsAuthority: '{tactic} needs the authority to concede.',
      visionNotAtFirstContact: 'No {tactic} at first contact.',
      visionNeedsRelationship: '{tactic} needs a personal relationship.',
      unableAvoidsPressure: 'The customer is willing but unable to pay: no {tactic}.',
      greyZoneNeverPay: 'The contact seems to want a personal benefit: no {tactic}.',
      principleNeedsDocuments: '{tactic} needs documented delivery.',
      verifyComparableCase:
        'Only cite a case you can verify, and keep other customers’ details confidential.',
      noGifts: 'Thank with words, not gifts: gifts to the customer’s staff can be commercial bribery.',
      concessionCheaperThanFinancing: 'Keep the concession cheaper than the financing it saves.',
      confirmRelationship: 'Use {tactic} only if you know the contact personally.',
      getManagementApproval: 'Get management approval before {tactic} wording.',
      nameTheDeadline: 'Name the real deadline (month, quarter or year end).',
      askDeputyApprover: 'Ask who approves payments while finance is away.',
      splitDisputedAmount:
        'Split the disputed part from the undisputed part and ask for the undisputed part now.',
      switchToExecutive: 'Consider switching the collector to an executive.',
      usePreDueChecklist:
        'Find the blocked step and supply what is missing; use the pre-due checklist next time.',
      fixDocumentsToday: 'Fix the documents the same day.',
      smeRebuttal:
        'The SME payment regulation applies: “{scenario}” is no reason to withhold the undisputed amount.',
      smeNewRepresentative:
        'The SME payment regulation applies: a new legal representative or internal process is no reason to pay late.',
      backToBackBanned: 'The SME payment regulation applies: pay-when-paid is not allowed.',
      escalateNeverPay: 'Report any request for a personal benefit to your management; never pay it.',
      signedPlanWithGuarantee:
        'Offer instalments or acceptance bills, and get a signed repayment plan with a guarantee.',
      exitOnlyIfReady: 'Use formal wording only if you are ready to lose the account.',
      quietHours: 'It is {time} for the customer: no calls, messages or visits between {from} and {to}.',
      writtenDemandNearExpiry:
        'The limitation period is at risk: send a written demand with proof of delivery and ask for a signed acknowledgement.',
      answersExcuse: 'Answers the excuse “{scenario}”.',
      usesTactic: 'Uses {tactic}, ranked {rank}.',
      demandLetter: 'A demand letter for the stage “{stage}”.',
      localeFallback: 'Not available in {requested}; shown in {locale}.',
    },
  },
  templates: localizeTemplates('en', {
    'principle.phone': {
      body: `Hello {contact}, this is {sender}. I'm calling about the open balance of {amount} (ref. {invoiceNumbers}), which is now ${days} past due.
We delivered everything the contract asked for, and your team signed the acceptance report. On those terms the payment is now due, and I'd like to agree the date with you.
If anything is still open on your side, tell me now and I'll take care of it today. Otherwise, which date can I note for the transfer?`,
    },
    'principle.written': {
      subject: 'Payment of {amount} (ref. {invoiceNumbers})',
      body: `Dear {contact},

Our records show {amount} open for {customer} (ref. {invoiceNumbers}), due on {dueDate}. The delivery was completed as agreed and the acceptance report was signed, so the payment now falls due under our contract.

Please arrange the transfer, or let us know by return if anything on your side still needs our attention.

Kind regards,
{sender}`,
    },
    'empathy.phone': {
      body: `Hello {contact}, it's {sender}. I know how busy it gets on your side, and we're under the same pressure here, so I'll keep it short. The balance of {amount} (ref. {invoiceNumbers}) is ${days} overdue, and my manager keeps asking me for a date.
We're both trying to keep things running. Could you help me with this one? Even a firm payment date would make a real difference to me.
Thank you, I really appreciate it.`,
    },
    'empathy.written': {
      subject: 'A small favour about {invoiceNumbers}',
      body: `Hi {contact},

I hope things are going well. I know how stretched everyone is at the moment; it's the same here, and our finance team keeps asking me about the {amount} for {customer} (ref. {invoiceNumbers}), which was due on {dueDate}.

Could you help me move it forward this week? A short reply with the expected payment date would already help me a lot.

Thanks so much,
{sender}`,
    },
    'winWin.phone': {
      body: `Hello {contact}, this is {sender}. I'm calling about the {amount} (ref. {invoiceNumbers}), due on {dueDate}.
Your plans depend on steady deliveries from us, and our planning team gives priority to accounts that are up to date. Settling this on time keeps your orders at the front of the queue, which is good for both of us.
Can we agree on a payment date that works for your schedule?`,
    },
    'winWin.written': {
      subject: 'Keeping your deliveries on schedule',
      body: `Dear {contact},

As we plan the coming weeks together, a quick note on the {amount} open for {customer} (ref. {invoiceNumbers}), due on {dueDate}.

Accounts that are up to date keep their priority in our production and delivery planning, and we want yours to stay there. Could you confirm when the payment will be made?

Best regards,
{sender}`,
    },
    'plea.phone': {
      body: `Hello {contact}, it's {sender}. I could use your help with something. The payment of {amount} (ref. {invoiceNumbers}) is ${days} late, and you know your company's process far better than I do.
Could you push it through for me, or tell me whose desk it is on so I can follow up politely? I'd be really grateful.`,
    },
    'plea.written': {
      subject: 'Could you help with {invoiceNumbers}?',
      body: `Hi {contact},

I'm writing because I could use your help. The payment of {amount} for {customer} (ref. {invoiceNumbers}) was due on {dueDate} and has not reached us yet.

You know how things move on your side much better than I do. Could you help move it along, or point me to the right person? Thank you in advance, it means a lot.

{sender}`,
    },
    'deadline.phone': {
      body: `Hello {contact}, this is {sender}. I'll be straightforward: our books for this period close on {deadline}, and the {amount} (ref. {invoiceNumbers}), now ${days} past due, decides where my team lands this period.
Could you schedule the payment so it reaches us before {deadline}? If something is blocking it, tell me now so there's still time to fix it.`,
    },
    'deadline.written': {
      subject: 'Payment before {deadline}, ref. {invoiceNumbers}',
      body: `Dear {contact},

Our books for this period close on {deadline}. The {amount} for {customer} (ref. {invoiceNumbers}), due on {dueDate}, is still open, and it matters for our results this period.

Could you make sure the payment reaches us before {deadline}? If anything stands in the way, please let me know soon so we can fix it together in time.

Best regards,
{sender}`,
    },
    'seekAdvice.phone': {
      body: `Hello {contact}, it's {sender}. I'd like your advice. We have {amount} (ref. {invoiceNumbers}) due on {dueDate}, and I want to be sure nothing on our side slows down your approval.
What does your finance team usually need to see? Is there a document, a form or a person I should know about? I'll prepare whatever you suggest.`,
    },
    'seekAdvice.written': {
      subject: 'What should I prepare for {invoiceNumbers}?',
      body: `Hi {contact},

I'd value your advice. For the {amount} for {customer} (ref. {invoiceNumbers}), due on {dueDate}, I'd like our paperwork to make the approval as easy as possible.

Is there anything your finance team needs from us: a document, a format or a contact person? I'll send it straight away.

Many thanks,
{sender}`,
    },
    'concession.phone': {
      body: `Hello {contact}, this is {sender}. About the {amount} (ref. {invoiceNumbers}), ${days} past due: I've looked for a way to make this easier for you.
If the payment reaches us by {deadline}, I can offer {offer}. It's our way of meeting you halfway, and it depends on the payment arriving as agreed.
Shall I confirm it in writing?`,
    },
    'concession.written': {
      subject: 'An offer if {invoiceNumbers} is settled by {deadline}',
      body: `Dear {contact},

To help settle the {amount} for {customer} (ref. {invoiceNumbers}), due on {dueDate}, we can offer {offer}, provided the full payment reaches us by {deadline}.

Please confirm, and we will put the offer in place as soon as the payment arrives.

Kind regards,
{sender}`,
    },
    'precedent.phone': {
      body: `Hello {contact}, this is {sender}. I'm calling about the {amount} (ref. {invoiceNumbers}), now ${days} past due.
Other customers on the same terms and at the same volume have settled this period's invoices on time, and we apply the same terms to everyone. I'd like to ask you for the same treatment.
When can we expect the payment?`,
    },
    'precedent.written': {
      subject: 'Settling {invoiceNumbers} on the usual terms',
      body: `Dear {contact},

We apply the same payment terms to all customers of your size, and this period's invoices have been settled on those terms. The {amount} for {customer} (ref. {invoiceNumbers}), due on {dueDate}, is still open.

We would appreciate the same treatment and ask you to confirm the payment date.

Best regards,
{sender}`,
    },
    'vision.phone': {
      body: `Hello {contact}, it's {sender}. We've worked together for a while now, and I've always liked how you get things done. I'm calling about the {amount} (ref. {invoiceNumbers}), ${days} overdue.
I know you're building something bigger on your side, and wherever your career takes you, I'll keep supporting you. Closing this one cleanly reflects well on both of us. Could you help me settle it this week?`,
    },
    'vision.written': {
      subject: 'Closing {invoiceNumbers} together',
      body: `Dear {contact},

Working with you has been a real pleasure, and I hope we keep it up for a long time, wherever our roles take us. One open point: the {amount} for {customer} (ref. {invoiceNumbers}), due on {dueDate}.

Settling it cleanly is good for both our track records. Could you help me close it?

Warm regards,
{sender}`,
    },
    'formal.phone': {
      body: `Hello {contact}, this is {sender}. I'm calling formally about the {amount} (ref. {invoiceNumbers}), now ${days} past due despite our earlier reminders.
The contract is our common ground. If the payment has not reached us by {deadline}, we will have to pursue the remedies the contract gives us, including legal proceedings, and claim the agreed late-payment charges and costs. That would needlessly hurt your company's standing, and we would much rather avoid it.
Can you confirm today that the payment will be made by {deadline}?`,
    },
    'formal.written': {
      subject: 'Formal reminder: {amount} overdue (ref. {invoiceNumbers})',
      body: `Dear {contact},

Despite our earlier reminders, {amount} for {customer} (ref. {invoiceNumbers}), due on {dueDate}, remains unpaid.

Please make the payment by {deadline}. If it has not been received by then, we will pursue the remedies available to us under the contract and the law, including legal proceedings, and claim the agreed late-payment charges and costs.

We would prefer to settle this without such steps and remain available to discuss it.

Yours sincerely,
{sender}`,
    },
    'poorQuality.answer1': {
      body: `I understand, {contact}, and I want to get to the bottom of it. Your team signed the acceptance report for this delivery, so let's be precise: which items are affected, and what amount is in question?
Let's keep the two apart: the part nobody disputes should be paid now, and I'll have our quality team on the disputed part right away. Of the {amount} (ref. {invoiceNumbers}), how much is undisputed?`,
    },
    'poorQuality.answer2': {
      body: `Thanks for telling me, {contact}. The same batch is running at other customers without complaints, so let's look together at what is different on your side; I'll arrange it straight away.
In the meantime, could you release the part of the {amount} (ref. {invoiceNumbers}) that isn't affected?`,
    },
    'poorQuality.smeRebuttal': {
      body: `{contact}, I understand there is a point you want us to fix, and we will. The rules are clear, though: under the Regulations on Ensuring Payments to Small and Medium-sized Enterprises, the part of an invoice that is not in dispute has to be paid on time.
Please release the undisputed part of the {amount} (ref. {invoiceNumbers}) now, and let's settle the rest once the issue is resolved.`,
    },
    'poorService.answer1': {
      body: `I'm sorry to hear that, {contact}. Our service log records every visit and ticket for this order, and I'd like to go through it with you: which visit or request fell short? We'll put it right.
The service issue and the payment are separate matters, though: the {amount} (ref. {invoiceNumbers}) covers what was delivered and accepted. Can we agree on the payment while I arrange the fix?`,
    },
    'poorService.answer2': {
      body: `I hear you, {contact}, and I'd feel the same in your place. I'll take this to our service manager today and come back to you with a plan.
At the same time, I'm being asked about the {amount} (ref. {invoiceNumbers}). Could you help me by moving the payment forward while we fix the service?`,
    },
    'poorService.smeRebuttal': {
      body: `Thank you, {contact}; we will follow up on every service point you raised. For the payment, the Regulations on Ensuring Payments to Small and Medium-sized Enterprises ask that amounts not in dispute are paid when due.
Could you release the undisputed part of the {amount} (ref. {invoiceNumbers}) now, while we settle the service issue?`,
    },
    'priceNotGood.answer1': {
      body: `I understand you want the best price, {contact}. The price on this order is the one in our contract, the same we give other customers at your volume, so I can't treat this invoice differently.
The {amount} (ref. {invoiceNumbers}) is due as agreed. I'm happy to set up a separate meeting about prices for your next orders.`,
    },
    'priceNotGood.answer2': {
      body: `Let's keep the two apart, {contact}. Settling the {amount} (ref. {invoiceNumbers}) on the agreed terms keeps your account in good standing, and that's the best starting point for a price discussion on future orders.
Shall we put the pricing meeting in the diary now?`,
    },
    'bossUnhappy.answer1': {
      body: `I see, {contact}. May I ask your advice: what would your manager need to see to sign off? If a report, a confirmation or a short meeting would help, I'll prepare it.
The {amount} (ref. {invoiceNumbers}) is already overdue, so I'd like to give your manager everything needed this week.`,
    },
    'bossUnhappy.answer2': {
      body: `{contact}, could I ask you a favour? Could you raise the payment of {amount} (ref. {invoiceNumbers}) with your manager once more, or set up a short call where I can answer the questions directly?
Your support would really help.`,
    },
    'bossUnhappy.smeRebuttal': {
      body: `I understand, {contact}. Still, under the Regulations on Ensuring Payments to Small and Medium-sized Enterprises, a change of management or an internal approval step is no reason to delay payment.
Could you help us get the {amount} (ref. {invoiceNumbers}) approved this week? If your manager has questions, I'm glad to join a call.`,
    },
    'financeAway.answer1': {
      body: `Thanks for letting me know, {contact}. Our books close on {deadline}, so the timing really matters here.
Who approves payments while your finance colleague is away? If the deputy can approve the {amount} (ref. {invoiceNumbers}), it can still reach us before {deadline}.`,
    },
    'financeAway.answer2': {
      body: `No problem, {contact}, these things happen.
Could you help me find out who is covering for finance this week? With your help, the {amount} (ref. {invoiceNumbers}) could go to the deputy approver now instead of waiting.`,
    },
    'processBlocked.answer1': {
      body: `Thanks, {contact}. Could you tell me which step the approval is at, and whether anything from us is missing, such as an invoice copy, a delivery note or a signed acceptance?
I'll send it today so the {amount} (ref. {invoiceNumbers}) can move on.`,
    },
    'processBlocked.answer2': {
      body: `{contact}, could you help me with this? If you could check with the colleague at the blocked step, or introduce me, I'll answer whatever they need so the {amount} (ref. {invoiceNumbers}) can get through.`,
    },
    'processBlocked.smeRebuttal': {
      body: `I understand there is an internal process, {contact}. The Regulations on Ensuring Payments to Small and Medium-sized Enterprises are clear that internal procedures are no reason to pay late.
What can we do together this week so the {amount} (ref. {invoiceNumbers}) gets through?`,
    },
    'dontRush.answer1': {
      body: `I appreciate that, {contact}, and I do trust you. On my side, our finance team reviews every open item each week, and the {amount} (ref. {invoiceNumbers}) keeps coming up with my name on it.
Could you give me a date I can hold on to? It would really take the pressure off.`,
    },
    'dontRush.answer2': {
      body: `Thank you, {contact}. The timing matters for us, though: our books close on {deadline}, and the {amount} (ref. {invoiceNumbers}) needs to be in before then.
Can we fix the payment date now so it lands in time?`,
    },
    'doNotTrustUs.answer1': {
      body: `It's not a question of trust, {contact}. We trust you, and that's exactly why we delivered on credit. The contract sets the payment date for both sides, and the {amount} (ref. {invoiceNumbers}) is simply due under it.
When can I note the payment?`,
    },
    'doNotTrustUs.answer2': {
      body: `Of course we trust you, {contact}. Paying on the agreed date is exactly what keeps that trust strong on both sides, and it keeps your orders flowing smoothly.
Could we agree on the date for the {amount} (ref. {invoiceNumbers})?`,
    },
    'threatToLeave.answer1': {
      body: `We value working with you, {contact}, and I'd like us to keep doing so. Let's clear the {amount} (ref. {invoiceNumbers}) first, then sit down and talk openly about what you need from us for the next orders.
Would this week work?`,
    },
    'threatToLeave.answer2': {
      body: `I'm sorry to hear that, {contact}. Whatever you decide about future orders, the {amount} (ref. {invoiceNumbers}) is for goods already delivered, and every customer settles on the same terms.
Let's close this properly; I'm glad to discuss the future separately.`,
    },
    'blamesOurMistakes.answer1': {
      body: `Thanks for pointing it out, {contact}. What exactly needs correcting: the invoice title, the tax number, the amount or a document?
Tell me and I'll send the corrected version today, so the {amount} (ref. {invoiceNumbers}) can go ahead without delay.`,
    },
    'blamesOurMistakes.answer2': {
      body: `You're right to check, {contact}. We have corrected the document and sent it again; could you confirm you received it?
Everything else matches the contract and the delivery, so the {amount} (ref. {invoiceNumbers}) can now be paid. Which date can I note?`,
    },
    'letter.firstNotice': {
      subject: 'Payment reminder: {amount} (ref. {invoiceNumbers})',
      body: `To: {customer}

Payment reminder

Our records show that the following amount is still open:
Invoices: {invoiceNumbers}
Amount: {amount}
Due date: {dueDate}

This may simply have crossed with your payment; if so, please disregard this reminder. Otherwise, please transfer the amount by {deadline} to:
{bankDetails}

If you have any questions about these invoices, please contact us and we will be glad to help.

Kind regards,
{sender}
{company}`,
    },
    'letter.secondNotice': {
      subject: 'Second reminder: {amount} (ref. {invoiceNumbers})',
      body: `To: {customer}

Second reminder

Despite our first reminder, the following amount is still unpaid and is now ${days} past due:
Invoices: {invoiceNumbers}
Amount: {amount}
Due date: {dueDate}

Please make the payment by {deadline} to:
{bankDetails}

If the payment is being held back for a reason, for example a question about the invoices or the delivery, please tell us now so we can resolve it together.

Kind regards,
{sender}
{company}`,
    },
    'letter.finalNotice': {
      subject: 'Final notice before legal action: {amount} (ref. {invoiceNumbers})',
      body: `To: {customer}

Final notice before legal action

Despite our earlier reminders, the following amount remains unpaid, now ${days} past due:
Invoices: {invoiceNumbers}
Amount: {amount}
Due date: {dueDate}

We ask you to pay the full amount by {deadline} to:
{bankDetails}

If the payment has not been received by that date, we will pursue the remedies available to us under the contract and the law, including legal proceedings, and claim the agreed late-payment charges and the costs of recovery, without further notice.

We would much prefer to resolve this without such steps. If you wish to discuss a repayment plan, please contact us before {deadline}.

Yours faithfully,
{sender}
{company}`,
    },
    'letter.limitationDemand': {
      subject: 'Demand for payment: {amount} (ref. {invoiceNumbers})',
      body: `To: {customer}

Demand for payment

We hereby formally demand payment of the following amount, which fell due on {dueDate} and remains unpaid:
Invoices: {invoiceNumbers}
Amount: {amount}

Please pay the full amount by {deadline} to:
{bankDetails}

This demand is made in writing to assert our claim and so interrupts the limitation period. Please sign the acknowledgement below and return a copy to us.

Yours faithfully,
{sender}
{company}

Acknowledgement of debt

We, {customer}, confirm that we have received this demand and that the amount of {amount} under invoices {invoiceNumbers} is owed to {company} and remains unpaid.

Signature and company seal: ____________________
Date: ____________________`,
    },
  }),
} satisfies ScriptLocaleBundle);
