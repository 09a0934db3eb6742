import { Button, Result } from 'antd';

/** 页面不存在 — loaded only when someone reaches an unknown address (Result's pictures are not small). */
export default function NotFound() {
  return <Result status="404" title="页面不存在" subTitle="地址有误，或该页面已移动。" extra={<Button href="/tasks">返回我的待办</Button>} />;
}
