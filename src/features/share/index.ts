import type { LazyPanel } from '../../shell/panel';
import { DEFAULT_URL_STATE, encodeUrlState } from '../../state/url';

/**
 * The Share button; the dialog's code loads when it is first pressed. The link codec is handed in, not
 * imported by the lazy chunk (see LinkCodec in shareModel.ts).
 */
export const shareFeature: LazyPanel = {
  id: 'share',
  load: () =>
    import('./shareButton.lazy').then((module) =>
      module.shareButtonPanel({ encode: encodeUrlState, defaults: DEFAULT_URL_STATE }),
    ),
};
