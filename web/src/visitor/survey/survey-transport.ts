import { createContext } from 'react';
import type { VisitorConnection } from '../visitor-connection';

/** How the survey card reaches the server: the visitor's own connection (VisitorApp provides it). */
export type SurveyTransport = Pick<VisitorConnection, 'survey'>;

export const SurveyTransportContext = createContext<SurveyTransport | null>(null);
