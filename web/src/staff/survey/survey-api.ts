/** The survey questions' server state through TanStack Query: one list, and each change replaces it with the server's answer. */
import type { SurveyQuestionAdmin, SurveyQuestionCreate, SurveyQuestionUpdate } from '@hidamari/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useAdminApi } from '../admin/useAdminApi';

const questionsKey = ['survey-questions'] as const;
const path = '/api/survey/questions';

export function useSurveyQuestions() {
  const call = useAdminApi();
  return useQuery({ queryKey: questionsKey, queryFn: async () => (await call<{ questions: SurveyQuestionAdmin[] }>('GET', path)).questions });
}

function useReplaceOne() {
  const qc = useQueryClient();
  return (question: SurveyQuestionAdmin) => {
    qc.setQueryData<SurveyQuestionAdmin[]>(questionsKey, (list) => {
      if (!list) return [question];
      return list.some((q) => q.id === question.id) ? list.map((q) => (q.id === question.id ? question : q)) : [...list, question];
    });
  };
}

export function useCreateQuestion() {
  const call = useAdminApi();
  const replace = useReplaceOne();
  return useMutation({
    mutationFn: async (input: SurveyQuestionCreate) => (await call<{ question: SurveyQuestionAdmin }>('POST', path, input)).question,
    onSuccess: replace,
  });
}

export function useUpdateQuestion() {
  const call = useAdminApi();
  const replace = useReplaceOne();
  return useMutation({
    mutationFn: async ({ id, patch }: { id: string; patch: SurveyQuestionUpdate }) =>
      (await call<{ question: SurveyQuestionAdmin }>('PATCH', `${path}/${encodeURIComponent(id)}`, patch)).question,
    onSuccess: replace,
  });
}

export function useReorderQuestions() {
  const call = useAdminApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (ids: string[]) => (await call<{ questions: SurveyQuestionAdmin[] }>('PUT', `${path}/order`, { ids })).questions,
    onSuccess: (questions) => qc.setQueryData(questionsKey, questions),
  });
}
