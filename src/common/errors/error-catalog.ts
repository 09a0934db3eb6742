/**
 * Every error code the API can answer with, its HTTP status and its message in Chinese and English.
 * Codes are stable: clients branch on them. Add codes; never rename one.
 */
export const ERROR_CATALOG = {
  validation_failed: { status: 400, zh: '请求参数有误', en: 'The request is not valid' },
  malformed_json: { status: 400, zh: '请求体不是合法的 JSON', en: 'The request body is not valid JSON' },
  unauthenticated: { status: 401, zh: '请先登录', en: 'Authentication required' },
  invalid_token: { status: 401, zh: '登录凭证无效或已过期，请重新登录', en: 'The access token is invalid or expired' },
  invalid_credentials: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  account_disabled: { status: 403, zh: '账号已停用', en: 'This account is disabled' },
  forbidden_role: { status: 403, zh: '当前角色无权执行此操作', en: 'Your role may not do this' },
  forbidden_college: { status: 403, zh: '只能访问本学院的数据', en: 'You may only access your own college’s records' },
  not_found: { status: 404, zh: '资源不存在', en: 'Not found' },
  route_not_found: { status: 404, zh: '接口不存在', en: 'No such endpoint' },
  method_not_allowed: { status: 405, zh: '不支持该请求方法', en: 'Method not allowed' },
  duplicate: { status: 409, zh: '记录已存在', en: 'The record already exists' },
  duplicate_credit_code: { status: 409, zh: '该统一社会信用代码已登记', en: 'A partner with this credit code already exists' },
  duplicate_username: { status: 409, zh: '用户名已存在', en: 'The username is taken' },
  version_conflict: { status: 409, zh: '数据已被他人修改，请刷新后重试', en: 'The record was changed by someone else; reload and retry' },
  event_not_allowed: { status: 409, zh: '当前阶段不能执行该操作', en: 'This event is not allowed in the current state' },
  read_only: { status: 409, zh: '已终止或归档的项目只读，不能修改', en: 'The agreement is terminated and read-only' },
  not_editable: { status: 409, zh: '当前阶段不能修改项目信息', en: 'The agreement cannot be edited in this state' },
  incomplete: { status: 409, zh: '尚有未完成的内容，不能提交', en: 'Something is still missing; it cannot be submitted yet' },
  in_use: { status: 409, zh: '记录仍被引用，无法删除', en: 'The record is still referenced and cannot be deleted' },
  precondition_required: { status: 428, zh: '缺少 If-Match 版本号', en: 'If-Match is required' },
  payload_too_large: { status: 413, zh: '请求体过大', en: 'The request body is too large' },
  unsupported_media_type: { status: 415, zh: '不支持的内容类型', en: 'Unsupported media type' },
  requirements_not_met: { status: 422, zh: '条件不满足：缺少材料或必填内容', en: 'Requirements not met: documents or fields are missing' },
  idempotency_key_reused: { status: 422, zh: '同一 Idempotency-Key 不能用于不同的请求', en: 'This Idempotency-Key was used for a different request' },
  unprocessable: { status: 422, zh: '请求无法处理', en: 'The request cannot be processed' },
  too_many_login_attempts: { status: 429, zh: '登录失败次数过多，请稍后再试', en: 'Too many failed logins; try again later' },
  too_many_requests: { status: 429, zh: '请求过于频繁', en: 'Too many requests' },
  service_unavailable: { status: 503, zh: '服务暂不可用', en: 'Service unavailable' },
  internal_error: { status: 500, zh: '服务器内部错误', en: 'Internal server error' },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOG;

/** Field-level codes found in `errors[]` of a validation_failed problem. */
export const FIELD_ERROR_MESSAGES: Record<string, { zh: string; en: string }> = {
  required: { zh: '必填', en: 'is required' },
  unknown_field: { zh: '不允许的字段', en: 'is not an accepted field' },
  wrong_type: { zh: '类型不正确', en: 'has the wrong type' },
  too_long: { zh: '过长', en: 'is too long' },
  too_short: { zh: '过短', en: 'is too short' },
  out_of_range: { zh: '超出允许范围', en: 'is out of range' },
  not_allowed_value: { zh: '取值不在允许范围内', en: 'is not one of the allowed values' },
  invalid_format: { zh: '格式不正确', en: 'has the wrong format' },
  invalid_credit_code: { zh: '统一社会信用代码无效（校验位不符）', en: 'is not a valid unified social credit code' },
  invalid: { zh: '无效', en: 'is not valid' },
  part_exceeds_whole: { zh: '部分不能大于总数', en: 'may not exceed its whole' },
  missing_figure: { zh: '缺少当年数值', en: 'needs the year’s figure' },
  too_few_optional: { zh: '自选指标数量不足', en: 'has too few optional indicators selected' },
};
