/**
 * Actor groups: who takes part in a practice or a climate action. The
 * project's goals name residents, companies, associations and farmers besides
 * the municipal organisation itself.
 */

export const actorKeys = ['kunta', 'asukkaat', 'yritykset', 'yhdistykset', 'maatalous'] as const;

/** An actor group's key, used in front matter (`actors: [asukkaat]`). */
export type ActorKey = (typeof actorKeys)[number];

export interface Actor {
  /** Label for filters and chips. */
  label: string;
  /** Who belongs to the group. */
  description: string;
}

export const actors: Record<ActorKey, Actor> = {
  kunta: {
    label: 'Kunnan organisaatio',
    description: 'Valtuusto, hallitus, johtoryhmä, toimialat, kuntayhtiöt ja luottamushenkilöt.',
  },
  asukkaat: {
    label: 'Asukkaat',
    description: 'Kuntalaiset, kotitaloudet ja taloyhtiöt.',
  },
  yritykset: {
    label: 'Yritykset',
    description: 'Paikalliset yritykset ja yrittäjäjärjestöt.',
  },
  yhdistykset: {
    label: 'Yhdistykset',
    description: 'Kyläyhdistykset, luontojärjestöt ja muut yhdistykset.',
  },
  maatalous: {
    label: 'Maatalous',
    description: 'Maatalousyrittäjät ja viljelijät.',
  },
};
