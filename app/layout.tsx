import type { ReactNode } from 'react';
import './globals.css';

// Each root segment (the locale layout, the language chooser at "/", the 404 page) renders its own <html>.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
