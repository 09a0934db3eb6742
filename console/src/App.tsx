import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { App as AntApp, ConfigProvider, Result, Button } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import LoginPage from './auth/LoginPage';
import { MeProvider } from './auth/me';
import { WorkflowProvider } from './components/workflow';
import AppLayout from './layout/AppLayout';
import { features } from './routes';

dayjs.locale('zh-cn');

const router = createBrowserRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/tasks" replace /> },
      ...features.flatMap((f) => f.routes),
      { path: '*', element: <Result status="404" title="页面不存在" extra={<Button href="/">返回待办</Button>} /> },
    ],
  },
]);

export default function App() {
  return (
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#1677ff', borderRadius: 6 } }}>
      <AntApp>
        <MeProvider signedOut={<LoginPage />}>
          <WorkflowProvider>
            <RouterProvider router={router} />
          </WorkflowProvider>
        </MeProvider>
      </AntApp>
    </ConfigProvider>
  );
}
