/**
 * Entry of the on-demand card module (built as `content/card.js`): registers the card builder and
 * its styles for the content script's card controller. Injected by the worker on the first hover or
 * focus of a badge (load-module), into the content script's isolated world.
 */
import { registerModule } from '../modules/registry.ts';
import { buildCard } from './card.ts';
import { CARD_CSS } from './styles.ts';

registerModule('card', { buildCard, css: CARD_CSS });
