import { PageLayout } from '@attendance/web-ui';
import { Outlet } from '@tanstack/react-router';
import { SERVICE_NAME } from './page-title.js';
import { ServiceNavigation } from './service-navigation.js';

/** Every page: skip link, header, the service navigation and the page in the main landmark. */
export function RootLayout() {
  return (
    <PageLayout serviceName={SERVICE_NAME} wide navigation={<ServiceNavigation />}>
      <Outlet />
    </PageLayout>
  );
}
