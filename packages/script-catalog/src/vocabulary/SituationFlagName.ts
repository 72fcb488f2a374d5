/**
 * A yes/no fact about a collection situation that rules and templates can require:
 * `readyToEndRelationship`, `authorityToConcede`, `deliveryDocumented`, `personalRelationship`,
 * `firstContact`, `managementApproval`, `smeProtection` (the SME payment regulation applies, spec 5.3)
 * and `limitationAtRisk` (the limitation period is close to running out, spec 5.1).
 */
export type SituationFlagName =
  | 'readyToEndRelationship'
  | 'authorityToConcede'
  | 'deliveryDocumented'
  | 'personalRelationship'
  | 'firstContact'
  | 'managementApproval'
  | 'smeProtection'
  | 'limitationAtRisk';
