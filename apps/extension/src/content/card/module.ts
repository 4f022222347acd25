/**
 * Entry of the on-demand card module (built as `content/card.js`): registers the card controller
 * (which builds the cards, with their styles). Injected by the worker on the first hover or focus
 * of a badge (load-module), into the content script's isolated world; lazy-card.ts hands over to it.
 */
import { registerModule } from '../modules/registry.ts';
import { attachCard } from './controller.ts';

registerModule('card', { attach: attachCard });
