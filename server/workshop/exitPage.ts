/**
 * Quick exit's page in a workshop: the room may have no internet, so the laptop serves a plain,
 * neutral page (no script, nothing from another host) in place of the weather site a real
 * deployment sends people to.
 */
export const WORKSHOP_EXIT_PAGE = `<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>พยากรณ์อากาศ</title>
<style>body{font-family:sans-serif;margin:0;padding:1.5rem;background:#eef5fb;color:#1d2b36}h1{font-size:1.5rem}p{line-height:1.6}</style>
</head>
<body>
<h1>พยากรณ์อากาศวันนี้</h1>
<p>กรุงเทพมหานครและปริมณฑล: มีเมฆบางส่วน อุณหภูมิ 25–33 องศาเซลเซียส</p>
<p lang="en">Bangkok and vicinity: partly cloudy, 25–33 °C.</p>
<p><small>หน้าฝึกออกทันทีในการอบรม (ข้อมูลสมมติ) · Workshop practice page for quick exit (fictional forecast)</small></p>
</body>
</html>
`
