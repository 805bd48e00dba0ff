/*
 * For a page that frames the embeds of this site: makes each frame as tall as its content
 * (docs/embed.md, "Frames that fit"). Load it once, anywhere on the page, from the site itself:
 *   <script src="https://example.org/timeline/embed.js" async></script>
 * It listens for `{ type: "timeline-embed:height", height }` from the frames, believes only those
 * from the origin it was loaded from, and sets the height of the frame that sent it. Frames that
 * told their height before it ran are asked again, and every frame is asked when the page changes
 * width. Without it each frame keeps its own height and scrolls.
 */
(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src).origin;
  var frames = document.getElementsByTagName('iframe');

  addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== 'timeline-embed:height') return;
    var height = Math.ceil(Number(data.height));
    if (!(height > 0)) return;
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = height + 'px';
    }
  });

  function askFrames() {
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].src.indexOf(origin + '/') === 0 && frames[i].contentWindow) {
        frames[i].contentWindow.postMessage({ type: 'timeline-embed:ask' }, '*');
      }
    }
  }

  askFrames();
  // A browser pauses the drawing of another site's frame out of view, and with it the frame's own
  // notice of its new height: when the page changes width, ask every frame, seen or not.
  addEventListener('resize', askFrames);
})();
