import { defineMessages } from '../defineMessages'

export default defineMessages(
  {
    map: {
      label: 'แผนที่สถานที่ช่วยเหลือ',
      zoomIn: 'ซูมเข้า',
      zoomOut: 'ซูมออก',
      sources: 'แหล่งข้อมูลแผนที่',
      offline: 'แผนที่ออฟไลน์: แสดงเฉพาะเส้นแบ่งเขต',
      legend: {
        heading: 'สัญลักษณ์บนแผนที่',
        approximate: 'สัญลักษณ์สีจางและวงเส้นประ = ตำแหน่งโดยประมาณ สถานที่อยู่ที่ใดที่หนึ่งในวง (วงจะเห็นเมื่อซูมเข้า)',
        notOnMap: 'ไม่แสดงบนแผนที่ เพื่อความปลอดภัย',
        position: 'ตำแหน่งของคุณ',
      },
    },
  },
  {
    map: {
      label: 'Map of places that help',
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      sources: 'Map sources',
      offline: 'Offline map: district outlines only',
      legend: {
        heading: 'Map key',
        approximate: 'Pale symbol and dashed circle = approximate location: the place is somewhere in the circle (shown when zoomed in)',
        notOnMap: 'Not shown on the map, for safety',
        position: 'Your position',
      },
    },
  },
)
