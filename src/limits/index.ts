export { costLimitPlugin, registryCostEstimator } from './cost';
export { documentRules, explainTokenLimit, limitExceeded, type LimitName } from './document-rules';
