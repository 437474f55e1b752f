import './styles/main.scss';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { createQueryClient } from './query-client.js';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no element with id "root"');

createRoot(rootElement).render(
  <StrictMode>
    <App queryClient={createQueryClient()} />
  </StrictMode>,
);
