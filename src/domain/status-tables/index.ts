export * from './status-row';
export * from './china-mobile-pb';
export * from './china-mobile-ct';
export * from './cmiot-stop-reason';
export * from './china-telecom';
export * from './china-unicom';
