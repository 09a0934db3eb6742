import { useEffect, useState } from 'react';
import { Navigate, useParams } from 'react-router';
import { Alert, Spin } from 'antd';
import { api, call, ApiError } from '../../api/client';

/** A work item's link (/assessment/sheets/{sheetId}) resolved to the sheet's page in its cycle. */
export default function SheetLinkPage() {
  const { sheetId = '' } = useParams();
  const [target, setTarget] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    call(api.GET('/api/v1/assessment/sheets/{sheetId}', { params: { path: { sheetId } } }))
      .then((r) => setTarget(`/assessment/cycles/${r.cycleId}/sheets/${r.subjectId}`))
      .catch((err: ApiError) => setError(err));
  }, [sheetId]);
  if (error) return <Alert type="error" showIcon title={error.describe()} />;
  if (target) return <Navigate to={target} replace />;
  return <Spin tip="正在打开考核表…"><div style={{ height: 200 }} /></Spin>;
}
