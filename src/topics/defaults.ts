// The topic Tidemark ships with, and the public feeds judged best for it (English, Korean, Japanese).
export interface TopicSeed {
  slug: string;
  name: string;
  terms: string[];
  feeds: string[];
}

export const defaultTopic: TopicSeed = {
  slug: 'kr-us-jp-missile-warning',
  name: 'South Korea–US–Japan missile-warning data sharing',
  terms: [
    'missile warning',
    'warning data',
    'missile data',
    'real-time sharing',
    'information-sharing',
    'information sharing',
    'trilateral',
    '미사일 경보',
    '경보정보',
    '한미일',
    'ミサイル警戒',
    'ミサイル情報',
    '日米韓',
  ],
  feeds: [
    'https://en.yna.co.kr/RSS/nk.xml',
    'https://www.yna.co.kr/rss/northkorea.xml',
    'https://www.koreaherald.com/common/rss_xml.php?ct=102',
    'https://koreajoongangdaily.joins.com/xmls/joins_rss.xml',
    'https://www.nknews.org/feed/',
    'https://www.japantimes.co.jp/feed/',
    'https://thediplomat.com/feed/',
    'https://www.defense.gov/DesktopModules/ArticleCS/RSS.ashx?ContentType=1&Site=945&max=10',
    'https://news.google.com/rss/search?q=%22missile+warning+data%22+Korea+Japan&hl=en-US&gl=US&ceid=US:en',
    'https://news.google.com/rss/search?q=%ED%95%9C%EB%AF%B8%EC%9D%BC+%EB%AF%B8%EC%82%AC%EC%9D%BC+%EA%B2%BD%EB%B3%B4%EC%A0%95%EB%B3%B4&hl=ko&gl=KR&ceid=KR:ko',
    'https://news.google.com/rss/search?q=%E6%97%A5%E7%B1%B3%E9%9F%93+%E3%83%9F%E3%82%B5%E3%82%A4%E3%83%AB%E8%AD%A6%E6%88%92%E6%83%85%E5%A0%B1&hl=ja&gl=JP&ceid=JP:ja',
  ],
};
