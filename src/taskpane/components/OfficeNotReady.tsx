/** What the pane shows when Office.js does not finish starting (see ../startup.ts): checks for the administrator. */
import { Body1, Body1Strong, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

export function OfficeNotReady({ seconds, officeJs }: { seconds: number; officeJs: string | null }) {
  return (
    <div style={{ padding: 12 }}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>评估面板未能启动</MessageBarTitle>
          Office 在 {seconds} 秒内没有完成初始化，通常是加载项的某个文件被拦截或无法下载。
        </MessageBarBody>
      </MessageBar>
      <div style={{ marginTop: 12 }}>
        <Body1Strong>请联系管理员检查：</Body1Strong>
        <ol style={{ paddingLeft: 20, margin: '4px 0' }}>
          <li>
            <Body1>
              服务器上的 office-js 文件夹是否完整，能否在浏览器中打开
              {officeJs ? <code style={{ wordBreak: 'break-all' }}> {officeJs}</code> : ' office.js'} 及同一文件夹下的 zh-cn/office_strings.js；
            </Body1>
          </li>
          <li>
            <Body1>代理服务器、防火墙或安全软件是否拦截了 .js 文件；</Body1>
          </li>
          <li>
            <Body1>服务器证书是否正好签发给该服务器的主机名，签发证书的根证书是否受本机信任；</Body1>
          </li>
          <li>
            <Body1>关闭 Excel，清空 Office 加载项缓存后再打开（见安装说明“升级”一节）。</Body1>
          </li>
        </ol>
        <Body1>面板仍在等待 Office：如果稍后初始化完成，评估面板会自动出现。</Body1>
      </div>
    </div>
  );
}
