import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';

/**
 * Whether the desk runs for a developer: asked for by TIZIM_DEV_TOOLS=1 only. Clerks run it unpackaged too (npm
 * start), and there a reload or the developer tools must not be one keystroke away.
 */
export function developing(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.TIZIM_DEV_TOOLS === '1';
}

/** File › Quit; View › Reload and developer tools only for a developer (developing()). */
export function installMenu(t: TFunction): void {
  const template: MenuItemConstructorOptions[] = [
    { label: t('menu.file'), submenu: [{ label: t('menu.quit'), role: 'quit' }] },
  ];
  if (developing() && !app.isPackaged) {
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
