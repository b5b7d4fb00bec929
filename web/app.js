// The browser checker's page: it loads the WebAssembly program (embedded
// in the page, see package web), reads the chosen file from disk with the
// File API and hands it to siuCheck, all in this tab. It makes no request:
// the page's Content-Security-Policy forbids every connection.
'use strict';
(() => {
	const $ = (id) => document.getElementById(id);
	const status = $('status');
	let file = null;
	const urls = [];

	function say(text, state) {
		status.textContent = text;
		status.dataset.state = state;
	}

	// The program is gzip-compressed and base64-encoded in the page, since
	// a browser refuses fetch() of a file:// URL.
	async function wasmBytes() {
		const el = $('siu-wasm');
		const text = el.textContent.trim();
		let bin;
		if (typeof Uint8Array.fromBase64 === 'function') {
			bin = Uint8Array.fromBase64(text);
		} else {
			const s = atob(text);
			bin = new Uint8Array(s.length);
			for (let i = 0; i < s.length; i++) bin[i] = s.charCodeAt(i);
		}
		el.textContent = '';
		if (el.dataset.encoding !== 'gzip+base64') return bin;
		const stream = new Blob([bin]).stream().pipeThrough(new DecompressionStream('gzip'));
		return new Uint8Array(await new Response(stream).arrayBuffer());
	}

	async function start() {
		const ready = new Promise((resolve) => { window.siuReady = resolve; });
		const go = new Go();
		const { instance } = await WebAssembly.instantiate(await wasmBytes(), go.importObject);
		go.run(instance); // never returns: the program waits for calls
		const version = await ready;
		if (!$('system_version').value) $('system_version').placeholder = version;
		$('run').disabled = false;
		document.body.dataset.ready = 'true';
		say('Klar: vælg filen og udfyld felterne. Ready.', 'ready');
	}

	// now returns the current time as RFC 3339 in local time, to the second.
	function now() {
		const d = new Date();
		const p = (n) => String(Math.abs(n)).padStart(2, '0');
		const off = -d.getTimezoneOffset();
		const zone = off === 0 ? 'Z' : (off > 0 ? '+' : '-') + p(Math.trunc(off / 60)) + ':' + p(off % 60);
		return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}${zone}`;
	}

	function chooseFile(f) {
		file = f || null;
		$('file-name').textContent = file ? `${file.name} (${file.size.toLocaleString('da-DK')} bytes)` : '';
	}

	// A file dropped anywhere but on the drop zone must not replace the page.
	for (const ev of ['dragover', 'drop']) window.addEventListener(ev, (e) => e.preventDefault());
	const drop = $('drop');
	drop.addEventListener('dragover', () => drop.classList.add('over'));
	drop.addEventListener('dragleave', () => drop.classList.remove('over'));
	drop.addEventListener('drop', (e) => {
		drop.classList.remove('over');
		if (e.dataTransfer.files.length) chooseFile(e.dataTransfer.files[0]);
	});
	$('file').addEventListener('change', (e) => chooseFile(e.target.files[0]));
	$('created').value = now();

	function el(tag, attrs, ...children) {
		const e = document.createElement(tag);
		for (const [k, v] of Object.entries(attrs || {})) {
			if (k.startsWith('data-')) e.setAttribute(k, v); else e[k] = v;
		}
		e.append(...children);
		return e;
	}

	function download(bytes, name, type, id, text) {
		const url = URL.createObjectURL(new Blob([bytes], { type }));
		urls.push(url);
		return el('a', { id, href: url, download: name, className: id === 'download-xml' ? 'primary' : '' }, text);
	}

	const severities = { 1: 'info', 2: 'warning', 3: 'error' };
	const maxRows = 10000;

	function show(out, name, lang) {
		const res = JSON.parse(out.json);
		while (urls.length) URL.revokeObjectURL(urls.pop());
		if (res.problem) {
			$('result').hidden = true;
			say(res.problem, 'error');
			return;
		}
		const v = res.validation;
		const en = lang === 'en';
		const num = (n) => n.toLocaleString(en ? 'en-GB' : 'da-DK');
		const verdict = $('verdict');
		const ok = v.deliverable;
		verdict.className = 'verdict ' + (!ok ? 'red' : v.warnings > 0 ? 'yellow' : 'green');
		verdict.dataset.deliverable = String(ok);
		verdict.textContent = ok
			? (en ? 'No errors: DST can receive the file.' : 'Ingen fejl: DST kan modtage filen.') + (v.warnings > 0 ? (en ? ' Comment on the warnings.' : ' Kommentér advarslerne.') : '')
			: (en ? 'Errors: DST rejects the file as it is.' : 'Fejl: DST afviser filen, som den er.');

		const counts = [['lines', en ? 'lines' : 'linjer', v.lines], ['errors', en ? 'errors' : 'fejl', v.errors],
			['warnings', en ? 'warnings' : 'advarsler', v.warnings], ['info', 'info', v.info],
			['read-errors', en ? 'unreadable' : 'ulæselige', v.read_errors.length],
			['ignored', en ? 'ignored' : 'set bort fra', Object.values(v.ignored || {}).reduce((a, b) => a + b, 0)]];
		$('counts').replaceChildren(...counts.map(([k, label, n]) =>
			el('div', { className: 'card', 'data-count': k, 'data-n': String(n) }, el('span', { className: 'n' }, num(n)), label)));

		const xml = $('xml');
		if (out.xml) {
			xml.replaceChildren(download(out.xml, res.xml_name, 'application/xml', 'download-xml',
				(en ? 'Download the XML file ' : 'Hent XML-filen ') + res.xml_name),
			el('span', { className: 'note' }, `${num(out.xml.length)} bytes` +
				(res.placeholder ? (en ? ' · the profile\'s DST codes are placeholders' : ' · profilens DST-koder er pladsholdere') : '')));
		} else {
			const box = el('div', { className: 'refused', id: 'xml-refused' }, res.xml_refused || '');
			if (res.xml_findings && res.xml_findings.length) {
				box.append(el('ul', {}, ...res.xml_findings.map((f) => el('li', { 'data-code': f.code }, `${f.code}: ${en ? f.message_en : f.message}`))));
			}
			xml.replaceChildren(box);
		}

		const links = [];
		if (out.html) links.push(download(out.html, 'rapport.html', 'text/html', 'download-report', en ? 'Download the report (HTML)' : 'Hent rapporten (HTML)'));
		links.push(download(out.findings, 'fund.json', 'application/json', 'download-findings', en ? 'Download the findings (JSON)' : 'Hent fundene (JSON)'));
		$('downloads').replaceChildren(...links);

		const rows = [];
		for (const e of v.read_errors) {
			if (rows.length >= maxRows) break;
			rows.push(el('tr', { className: 'error', 'data-read-error': 'true', 'data-file-line': String(e.line) },
				el('td', {}, String(e.line)), el('td', {}, en ? 'read error' : 'læsefejl'), el('td'), el('td'), el('td', {}, e.message)));
		}
		for (const f of v.findings) {
			if (rows.length >= maxRows) break;
			const sev = severities[f.severity] || String(f.severity);
			rows.push(el('tr', { className: sev, 'data-code': f.code, 'data-severity': sev, 'data-line': String(f.line), 'data-file-line': String(f.file_line), 'data-field': f.field || '' },
				el('td', {}, f.file_line ? String(f.file_line) : '–'), el('td', {}, sev), el('td', {}, f.code), el('td', {}, f.field || ''), el('td', {}, en ? f.message_en : f.message)));
		}
		const total = v.read_errors.length + v.findings.length;
		$('findings').tBodies[0].replaceChildren(...rows);
		$('findings-count').textContent = num(total);
		const more = $('findings-more');
		more.hidden = total <= rows.length;
		more.textContent = en ? `${num(total - rows.length)} more: download the findings as JSON.` : `${num(total - rows.length)} flere: hent fundene som JSON.`;

		$('result').hidden = false;
		const done = () => say((en ? 'Checked ' : 'Tjekket ') + name + '.', 'done');
		const frame = $('report');
		if (!out.html) {
			frame.removeAttribute('srcdoc');
			done();
			return;
		}
		// Done once the report is shown; its height follows its content,
		// so that the page scrolls as one.
		frame.addEventListener('load', () => {
			const doc = frame.contentDocument;
			if (doc && doc.documentElement) frame.style.height = (doc.documentElement.scrollHeight + 20) + 'px';
			done();
		}, { once: true });
		frame.srcdoc = out.html;
	}

	$('form').addEventListener('submit', async (e) => {
		e.preventDefault();
		if (!file) { say('Vælg en fil først. Choose a file first.', 'error'); return; }
		const form = {};
		for (const id of ['municipality', 'year', 'area', 'created', 'description', 'system', 'system_version', 'contact', 'email', 'lang', 'ignore', 'sheet', 'decimal']) {
			form[id] = $(id).value;
		}
		form.test = $('test').checked;
		$('run').disabled = true;
		say('Tjekker ' + file.name + ' …', 'working');
		try {
			const data = new Uint8Array(await file.arrayBuffer());
			// Let the status show before the check takes the thread.
			await new Promise((resolve) => setTimeout(resolve, 30));
			show(siuCheck(data, file.name, JSON.stringify(form)), file.name, form.lang);
		} catch (err) {
			say('Fejl: ' + err, 'error');
		} finally {
			$('run').disabled = false;
		}
	});

	start().catch((err) => say('Kontrollen kunne ikke starte: ' + err, 'error'));
})();
