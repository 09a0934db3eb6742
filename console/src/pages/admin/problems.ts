import type { FormInstance } from 'antd';
import { ApiError } from '../../api/client';
import { applyProblem } from '../../components/formErrors';

/**
 * applyProblem, plus the problems that name no field but clearly belong to one (a taken username, a taken code):
 * `{ duplicate_username: 'username' }` puts the API's own title next to that field. Returns what no field shows.
 */
export function placeProblem(form: FormInstance, err: unknown, byCode: Record<string, string> = {}): string | null {
  if (err instanceof ApiError && !err.errors.length && byCode[err.code]) {
    const detail = typeof err.body.detail === 'string' && err.body.detail !== err.title ? err.body.detail : err.title;
    form.setFields([{ name: byCode[err.code], errors: [detail] }]);
    return null;
  }
  return applyProblem(form, err);
}
