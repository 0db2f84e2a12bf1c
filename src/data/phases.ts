/**
 * Progress phases of a climate action, in order. They are the phases that the
 * municipalities' Ilmastovahti services show for each action.
 */

export const phaseKeys = ['idea', 'paatetty', 'suunnittelu', 'toteutus', 'valmis'] as const;

/** A phase's key, used in front matter (`phase: toteutus`) and in URLs. */
export type PhaseKey = (typeof phaseKeys)[number];

export interface Phase {
  /** The phase's name as shown on the page. */
  label: string;
  /** What it means that an action is in this phase. */
  description: string;
}

export const phases: Record<PhaseKey, Phase> = {
  idea: {
    label: 'Idea',
    description: 'Toimenpide on ehdotettu, mutta sen aloittamisesta ei ole päätetty.',
  },
  paatetty: {
    label: 'Päätetty käynnistää',
    description: 'Toimenpiteen aloittamisesta on päätetty.',
  },
  suunnittelu: {
    label: 'Suunnittelu',
    description: 'Toimenpidettä suunnitellaan: tekijät, aikataulu ja rahoitus.',
  },
  toteutus: {
    label: 'Toteutus',
    description: 'Toimenpide on käynnissä.',
  },
  valmis: {
    label: 'Valmis',
    description: 'Toimenpide on tehty.',
  },
};

/** Position of a phase in the sequence, from 0 (idea) to 4 (valmis). */
export function phaseIndex(phase: PhaseKey): number {
  return phaseKeys.indexOf(phase);
}
