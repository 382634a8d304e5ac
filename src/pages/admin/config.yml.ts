/** /admin/config.yml: the CMS configuration, made from the content schemas at build time. */
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { cmsConfig, cmsSettingsFromEnv } from '../../lib/editors/cms-config.ts';
import { collectionDocs } from '../../lib/editors/field-docs.ts';
import { site } from '../../lib/site/site.ts';
import { BODY_REQUIRED } from '../../lib/content/check-markdown.ts';

export const GET: APIRoute = () => {
  const config = cmsConfig(collectionDocs(), cmsSettingsFromEnv(), {
    siteUrl: site.url,
    bodyRequired: BODY_REQUIRED,
  });
  const text = `# Generated from src/content.config.ts by src/lib/editors/cms-config.ts; do not edit.\n${stringify(config)}`;
  return new Response(text, { headers: { 'content-type': 'application/yaml; charset=utf-8' } });
};
