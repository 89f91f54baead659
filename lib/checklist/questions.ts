import type { LocalizedText } from '@/lib/content/schema';
import type { CityContent } from '@/lib/content/validate';
import { answerOf, askedConditions, chosenItems } from './selection';
import type { ConditionLabel, ConditionQuestion, Question, ScenarioQuestion, Selection } from './types';
import { conditionParam, scenarioParam } from './url';

/** The city's wording for a condition; the id itself if the city lacks it (validated content never does). */
export function conditionText(city: CityContent, condition: string, is: boolean): ConditionLabel {
  const fallback: LocalizedText = { zh: condition, en: condition };
  const definition = Object.hasOwn(city.conditions, condition) ? city.conditions[condition] : undefined;
  return {
    condition,
    is,
    label: (is ? definition?.whenYes : definition?.whenNo) ?? fallback,
    question: definition?.question ?? fallback,
  };
}

/**
 * The questions the chosen items need, with current answers: first a scenario picker per chosen item
 * that has scenarios (selection order), then the yes/no conditions used by the chosen items' common
 * documents and chosen scenarios' documents, in the order the city declares its conditions.
 * Conditions used only by scenarios not (yet) chosen are not asked.
 */
export function questionsFor(city: CityContent, selection: Selection): Question[] {
  const chosen = chosenItems(city, selection);
  const scenarioQuestions: ScenarioQuestion[] = chosen
    .filter((c) => c.item.scenarios.length > 0)
    .map((c) => ({
      kind: 'scenario',
      param: scenarioParam(c.item.id),
      item: c.item.id,
      itemTitle: c.item.title,
      options: c.item.scenarios.map((s) => ({ id: s.id, title: s.title, ...(s.description && { description: s.description }) })),
      ...(c.scenario && { answer: c.scenario.id }),
    }));

  const asked = askedConditions(chosen);
  const declared = Object.keys(city.conditions);
  const order = [...declared.filter((id) => asked.has(id)), ...[...asked.keys()].filter((id) => !declared.includes(id))];
  const conditionQuestions: ConditionQuestion[] = order.map((condition) => {
    const answer = answerOf(selection, condition);
    return {
      kind: 'condition',
      param: conditionParam(condition),
      condition,
      question: conditionText(city, condition, true).question,
      items: asked.get(condition)!,
      ...(answer !== undefined && { answer }),
    };
  });
  return [...scenarioQuestions, ...conditionQuestions];
}
