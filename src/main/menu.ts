import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';

/** File › Quit; View › Reload and developer tools only while developing (not in a packaged desk). */
export function installMenu(t: TFunction): void {
  const template: MenuItemConstructorOptions[] = [
    { label: t('menu.file'), submenu: [{ label: t('menu.quit'), role: 'quit' }] },
  ];
  if (!app.isPackaged) {
    template.push({
      label: t('menu.view'),
      submenu: [
        { label: t('menu.reload'), role: 'reload' },
        { label: t('menu.devTools'), role: 'toggleDevTools' },
      ],
    });
  }
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
