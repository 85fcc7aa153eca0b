// A stand-in for LinkedIn's feed (/feed/): the navigation bar, side rails and a few dozen posts,
// with a page script that keeps adding posts for a while, as the real infinite feed does. The
// content script must stay nearly free here: it is not a profile.
const POSTS = 60;

function post(i) {
  const reactions = 3 + ((i * 37) % 400);
  return `<div class="feed-shared-update-v2" data-urn="urn:li:activity:${7_100_000 + i}">
  <div class="update-components-actor"><a href="/in/author-${i}/" aria-label="View profile of Author ${i}">
    <span aria-hidden="true">Author ${i}</span><span class="visually-hidden">Author ${i}</span></a>
    <span class="update-components-actor__description">Engineering Manager at Company ${i % 17}</span>
    <span class="update-components-actor__sub-description">${(i % 23) + 1}h • Edited</span></div>
  <div class="update-components-text"><span dir="ltr">Post ${i}: some thoughts about teams, hiring
    and keeping in touch with people you used to work with. #leadership #careers</span></div>
  <ul class="social-details-social-counts"><li>${reactions} reactions</li><li>${i % 31} comments</li></ul>
  <div class="feed-shared-social-action-bar"><button aria-label="Like">Like</button>
    <button aria-label="Comment">Comment</button><button aria-label="Repost">Repost</button>
    <button aria-label="Send">Send</button></div></div>`;
}

export function feedPageHtml() {
  const posts = Array.from({ length: POSTS }, (_, i) => post(i)).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Feed | LinkedIn</title></head>
<body><header id="global-nav"><nav><ul>
  <li><a href="/feed/">Home</a></li><li><a href="/mynetwork/">My Network</a></li>
  <li><a href="/jobs/">Jobs</a></li><li><a href="/messaging/">Messaging</a></li>
  <li><button class="global-nav__me"><img alt="Viewer Name" src="data:,"><span>Me</span></button></li>
</ul></nav></header>
<aside class="scaffold-layout__sidebar"><div class="profile-card"><h3>Viewer Name</h3><p>Staff Engineer</p></div></aside>
<main id="main" class="scaffold-layout__main"><div class="scaffold-finite-scroll__content">
${posts}
</div></main>
<aside class="scaffold-layout__aside"><h2>LinkedIn News</h2><ul><li>Top stories</li><li>Hiring trends</li></ul></aside>
<script>
  // The feed keeps growing after load, like LinkedIn's infinite scroll.
  let added = 0;
  const list = document.querySelector('.scaffold-finite-scroll__content');
  const grow = setInterval(() => {
    const item = list.firstElementChild.cloneNode(true);
    list.appendChild(item);
    added += 1;
    if (added === 10) clearInterval(grow);
  }, 200);
</script></body></html>`;
}
