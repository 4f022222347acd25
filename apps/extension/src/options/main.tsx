/** Options page entry. */
import '../ui/theme.css';
import './options.css';
import { render } from 'preact';
import { Options } from './Options.tsx';

const root = document.getElementById('app');
if (root) render(<Options />, root);
