/**
 * Money and school outcomes: DSG balance, specialist high-needs spend, absence and children in need by SEN provision,
 * and LAIT's attainment and participation measures with their polarity and quartile rules.
 */
import type { PublishedDataset } from '../dataset';
import { absenceSen } from './absence-sen';
import { cinSen } from './cin-sen';
import { dsgBalance } from './dsg-balance';
import { laitSend, laitSendMeasures } from './lait-send';
import { specialistSpend } from './specialist-spend';

export const MONEY_OUTCOMES_DATASETS: PublishedDataset[] = [dsgBalance, specialistSpend, absenceSen, cinSen, laitSendMeasures, laitSend];
